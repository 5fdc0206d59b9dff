// SPDX-License-Identifier: MIT
/*
 * svdgen's command line: parse the options, run the pipeline, write the
 * headers only when every stage succeeded. Exit 0 on success, 1 on input
 * errors, 2 on usage errors.
 */
#include "config.h"

#include "svdgen.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum exit_status {
	EXIT_OK = 0,
	EXIT_INPUT = 1,
	EXIT_USAGE = 2,
};

static void print_usage(FILE *stream)
{
	fputs("Usage: svdgen [OPTION]... FILE.svd -o DIR\n"
	      "       svdgen check [OPTION]... FILE.svd\n"
	      "Generate C headers from a CMSIS-SVD register description.\n"
	      "\n"
	      "  -o, --output=DIR      write the headers into DIR (made if "
	      "missing)\n"
	      "      --prefix=PREFIX   start every generated identifier with "
	      "PREFIX\n"
	      "      --cmsis           include core_cmX.h and system_DEVICE.h "
	      "for\n"
	      "                        drop-in use with CMSIS-Core\n"
	      "      --no-accessors    plain CMSIS structs and macros, no "
	      "inline accessors\n"
	      "      --enum-strings    add NAME_to_str() decoders for field "
	      "enums\n"
	      "      --strict          write-only registers become members "
	      "that cannot\n"
	      "                        be read (|= does not compile); write "
	      "them with\n"
	      "                        the accessors\n"
	      "      --bitfields       a REG_b bit-field view beside each "
	      "register\n"
	      "                        (SVDConv's --fields=struct)\n"
	      "      --address-unit-bits=N  count offsets in N-bit units, "
	      "whatever\n"
	      "                        the file's addressUnitBits says\n"
	      "      --max-size=BYTES  refuse inputs larger than BYTES (K, "
	      "M, G\n"
	      "                        suffixes; default 256M)\n"
	      "  -j, --jobs=N          1: run on one thread; 2 or more (the "
	      "default):\n"
	      "                        print headers while names are made "
	      "and create\n"
	      "                        the files ahead, on two more "
	      "threads; the\n"
	      "                        headers are the same\n"
	      "  -k, --keep-going      leave out an element with a recoverable "
	      "error\n"
	      "                        (a field beyond its register...) and "
	      "generate the rest\n"
	      "  -MD                   also write DIR/DEVICE.d, a make rule "
	      "naming what\n"
	      "                        the headers depend on\n"
	      "  -MF FILE              write that rule to FILE\n"
	      "  -MT TARGET            name TARGET in the rule instead of "
	      "every header\n"
	      "  -W NAME               enable check NAME (as a warning)\n"
	      "  -W no-NAME            disable check NAME\n"
	      "  -W all                enable every check\n"
	      "  -Werror               treat warnings as errors\n"
	      "      --list-checks     list the checks and their defaults\n"
	      "  -q, --quiet           print no warnings (errors still print)\n"
	      "  -h, --help            show this help and exit\n"
	      "  -V, --version         show the version and exit\n"
	      "\n"
	      "'svdgen check' validates FILE.svd and writes nothing.\n"
	      "Diagnostics read FILE:LINE: error|warning: MESSAGE "
	      "[check-name].\n"
	      "Exit status: 0 success, 1 errors in the input, 2 usage "
	      "errors.\n",
	      stream);
}

static void list_checks(void)
{
	for (int i = 0; i < SVD_CHECK_COUNT; i++) {
		const char *severity =
		    svd_checks[i].default_severity == SVD_SEVERITY_ERROR
			? "error"
		    : svd_checks[i].default_severity == SVD_SEVERITY_WARNING
			? "warning"
			: "off";

		printf("%-20s %-8s %s\n", svd_checks[i].name, severity,
		       svd_checks[i].summary);
	}
}

/*
 * -MD, -MF and -MT are spelled as compilers spell them; getopt would read
 * -MD as -M -D, so they become --MD, --MF and --MT before it runs.
 */
static void spell_make_options(int argc, char **argv)
{
	static char md[] = "--MD", mf[] = "--MF", mt[] = "--MT";

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "-MD") == 0)
			argv[i] = md;
		else if (strcmp(argv[i], "-MF") == 0)
			argv[i] = mf;
		else if (strcmp(argv[i], "-MT") == 0)
			argv[i] = mt;
	}
}

/* A byte count with an optional K, M or G (powers of 1024); 0 if bad. */
static uint64_t parse_size(const char *text)
{
	char *end;
	unsigned long long value;
	unsigned shift = 0;

	if (*text < '0' || *text > '9')
		return 0;
	errno = 0;
	value = strtoull(text, &end, 10);
	if (errno)
		return 0;
	if (*end == 'K')
		shift = 10;
	else if (*end == 'M')
		shift = 20;
	else if (*end == 'G')
		shift = 30;
	if (shift)
		end++;
	if (*end || value > (UINT64_MAX >> shift))
		return 0;
	return (uint64_t)value << shift;
}

/* --jobs: a decimal count of threads, or 0 when the text is not one. */
static unsigned parse_jobs(const char *text)
{
	unsigned long value;
	char *end;

	if (*text < '0' || *text > '9')
		return 0;
	errno = 0;
	value = strtoul(text, &end, 10);
	if (*end || errno || value > UINT_MAX)
		return 0;
	return (unsigned)value;
}

static bool valid_prefix(const char *prefix)
{
	if (!*prefix || (*prefix >= '0' && *prefix <= '9'))
		return false;
	for (const char *c = prefix; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		      (*c >= '0' && *c <= '9') || *c == '_'))
			return false;
	return true;
}

int main(int argc, char **argv)
{
	static const struct option long_options[] = {
	    {"output", required_argument, NULL, 'o'},
	    {"prefix", required_argument, NULL, 'p'},
	    {"cmsis", no_argument, NULL, 'c'},
	    {"no-accessors", no_argument, NULL, 'n'},
	    {"keep-going", no_argument, NULL, 'k'},
	    {"jobs", required_argument, NULL, 'j'},
	    {"MD", no_argument, NULL, 'D'},
	    {"MF", required_argument, NULL, 'F'},
	    {"MT", required_argument, NULL, 'T'},
	    {"enum-strings", no_argument, NULL, 's'},
	    {"strict", no_argument, NULL, 'S'},
	    {"bitfields", no_argument, NULL, 'b'},
	    {"address-unit-bits", required_argument, NULL, 'u'},
	    {"max-size", required_argument, NULL, 'm'},
	    {"list-checks", no_argument, NULL, 'l'},
	    {"quiet", no_argument, NULL, 'q'},
	    {"help", no_argument, NULL, 'h'},
	    {"version", no_argument, NULL, 'V'},
	    {NULL, 0, NULL, 0}};
	struct svd_options options = {0};
	struct svd_diagnostics diagnostics;
	bool check_only = false;
	const char *input;
	int option, status;

	atexit(svd_parse_release);
	if (argc > 1 && strcmp(argv[1], "check") == 0) {
		check_only = true;
		argv[1] = argv[0];
		argv++;
		argc--;
	}
	svd_diagnostics_init(&diagnostics, stderr);
	spell_make_options(argc, argv);
	while ((option = getopt_long(argc, argv, "o:W:j:kqhV", long_options,
				     NULL)) != -1) {
		switch (option) {
		case 'o':
			options.output_directory = optarg;
			break;
		case 'p':
			if (!valid_prefix(optarg)) {
				fprintf(stderr,
					"svdgen: --prefix '%s' is not the "
					"start of a C identifier\n",
					optarg);
				return EXIT_USAGE;
			}
			options.prefix = optarg;
			break;
		case 'c':
			options.cmsis_includes = true;
			break;
		case 'n':
			options.no_accessors = true;
			break;
		case 'j':
			options.jobs = parse_jobs(optarg);
			if (!options.jobs) {
				fprintf(stderr, "svdgen: --jobs takes a "
						"number of threads above 0\n");
				return EXIT_USAGE;
			}
			break;
		case 'k':
			diagnostics.keep_going = true;
			break;
		case 'D':
			options.depfile_default = true;
			break;
		case 'F':
			options.depfile = optarg;
			break;
		case 'T':
			options.depfile_target = optarg;
			break;
		case 's':
			options.enum_strings = true;
			break;
		case 'S':
			options.strict = true;
			break;
		case 'b':
			options.bitfields = true;
			break;
		case 'u':
			if (strcmp(optarg, "8") && strcmp(optarg, "16") &&
			    strcmp(optarg, "32") && strcmp(optarg, "64")) {
				fprintf(stderr,
					"svdgen: --address-unit-bits takes 8, "
					"16, 32 or 64\n");
				return EXIT_USAGE;
			}
			options.address_unit_bits = (uint32_t)atoi(optarg);
			break;
		case 'm':
			options.max_input_size = parse_size(optarg);
			if (!options.max_input_size) {
				fprintf(stderr,
					"svdgen: --max-size takes a number of "
					"bytes above 0, with an optional K, M "
					"or G\n");
				return EXIT_USAGE;
			}
			break;
		case 'W':
			if (svd_diagnostics_configure(&diagnostics, optarg) <
			    0) {
				enum svd_check_id id = svd_check_find(
				    strncmp(optarg, "no-", 3) == 0 ? optarg + 3
								   : optarg);

				if (id != SVD_CHECK_COUNT)
					fprintf(stderr,
						"svdgen: check '%s' guards the "
						"model and cannot be "
						"disabled\n",
						optarg + 3);
				else
					fprintf(stderr,
						"svdgen: unknown check '%s' "
						"(see --list-checks)\n",
						optarg);
				return EXIT_USAGE;
			}
			break;
		case 'l':
			list_checks();
			return EXIT_OK;
		case 'q':
			diagnostics.quiet = true;
			break;
		case 'h':
			print_usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("svdgen %s\n", PACKAGE_VERSION);
			return EXIT_OK;
		default:
			fputs("Try 'svdgen --help' for more information.\n",
			      stderr);
			return EXIT_USAGE;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr,
			"svdgen: %s\nTry 'svdgen --help' for more "
			"information.\n",
			optind == argc ? "no input file given"
				       : "more than one input file given");
		return EXIT_USAGE;
	}
	input = argv[optind];
	if (!check_only && !options.output_directory) {
		fputs("svdgen: no output folder given (-o DIR); use 'svdgen "
		      "check' to validate only\n",
		      stderr);
		return EXIT_USAGE;
	}
	if (check_only)
		options.output_directory = NULL;
	status = svd_run(input, &options, &diagnostics);
	return status == 0 ? EXIT_OK : EXIT_INPUT;
}
