// SPDX-License-Identifier: MIT
/*
 * output.c: generated files are written to a temporary name and renamed,
 * only when every file could be written; a file whose content is unchanged
 * is not touched, so build systems do not rebuild what includes it.
 */
#include "unit-helpers.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

/*
 * This binary's own open, linkat and rename, which output.c calls: they
 * count the unnamed files asked for in a folder that does not exist and
 * the renames, and can play another program that makes a file's name
 * just before svdgen links the file in. (Where open is open64, as on
 * 32-bit systems with large files, nothing is counted.)
 */
static unsigned unnamed_missing; /* O_TMPFILE opens failed with ENOENT */
static pthread_mutex_t counting = PTHREAD_MUTEX_INITIALIZER;

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	int fd;

	if (flags & O_CREAT
#ifdef O_TMPFILE
	    || (flags & O_TMPFILE) == O_TMPFILE
#endif
	) {
		va_list arguments;

		va_start(arguments, flags);
		mode = (mode_t)va_arg(arguments, int);
		va_end(arguments);
	}
	fd = (int)syscall(SYS_openat, AT_FDCWD, path, flags, mode);
#ifdef O_TMPFILE
	if (fd < 0 && errno == ENOENT && (flags & O_TMPFILE) == O_TMPFILE) {
		pthread_mutex_lock(&counting);
		unnamed_missing++;
		pthread_mutex_unlock(&counting);
	}
#endif
	return fd;
}

static unsigned renames;
static const char *taken_before_link; /* that name, once, or NULL */
static const char *rename_fails_for;  /* renaming to it fails, or NULL */

int linkat(int old_folder, const char *old_path, int new_folder,
	   const char *new_path, int flags)
{
	const char *slash = strrchr(new_path, '/');

	if (taken_before_link && slash &&
	    strcmp(slash + 1, taken_before_link) == 0) {
		int fd = open(new_path, O_WRONLY | O_CREAT | O_EXCL, 0644);

		if (fd >= 0) {
			if (write(fd, "another's\n", 10) != 10)
				fail_msg("cannot write %s", new_path);
			close(fd);
		}
		taken_before_link = NULL;
	}
	return (int)syscall(SYS_linkat, old_folder, old_path, new_folder,
			    new_path, flags);
}

int rename(const char *old_path, const char *new_path)
{
	const char *slash = strrchr(new_path, '/');

	renames++;
	if (rename_fails_for && slash &&
	    strcmp(slash + 1, rename_fails_for) == 0) {
		errno = EIO;
		return -1;
	}
	return renameat(AT_FDCWD, old_path, AT_FDCWD, new_path);
}

/* A fresh directory under /tmp for one test, and its path. */
static char *make_directory(void)
{
	char *path = strdup("/tmp/svdgen-unit-out-XXXXXX");

	assert_non_null(path);
	assert_non_null(mkdtemp(path));
	return path;
}

/* directory/name, malloc'd. */
static char *join(const char *directory, const char *name)
{
	size_t length = strlen(directory) + strlen(name) + 2;
	char *path = malloc(length);

	assert_non_null(path);
	snprintf(path, length, "%s/%s", directory, name);
	return path;
}

/* The whole content of path, malloc'd; NULL when it cannot be read. */
static char *read_file(const char *directory, const char *name)
{
	char *path = join(directory, name);
	FILE *stream = fopen(path, "rb");
	char *text;
	long length;

	free(path);
	if (!stream)
		return NULL;
	assert_int_equal(fseek(stream, 0, SEEK_END), 0);
	length = ftell(stream);
	rewind(stream);
	text = calloc(1, (size_t)length + 1);
	assert_non_null(text);
	assert_int_equal(fread(text, 1, (size_t)length, stream), length);
	fclose(stream);
	return text;
}

/* Create or replace directory/name with text. */
static void write_file(const char *directory, const char *name,
		       const char *text)
{
	char *path = join(directory, name);
	FILE *stream = fopen(path, "wb");

	assert_non_null(stream);
	fputs(text, stream);
	assert_int_equal(fclose(stream), 0);
	free(path);
}

/* Assert file's content, exactly. */
static void assert_file(const char *directory, const char *name,
			const char *expected)
{
	char *text = read_file(directory, name);

	if (!text)
		fail_msg("%s/%s is missing", directory, name);
	assert_string_equal(text, expected);
	free(text);
}

/* Number of entries in directory, without . and ..; hidden ones too. */
static size_t count_entries(const char *directory)
{
	DIR *dir = opendir(directory);
	struct dirent *entry;
	size_t count = 0;

	assert_non_null(dir);
	while ((entry = readdir(dir)))
		if (strcmp(entry->d_name, ".") && strcmp(entry->d_name, ".."))
			count++;
	closedir(dir);
	return count;
}

/* Remove directory and the plain files in it. */
static void remove_directory(const char *directory)
{
	DIR *dir = opendir(directory);
	struct dirent *entry;

	if (dir) {
		while ((entry = readdir(dir))) {
			char *path;

			if (!strcmp(entry->d_name, ".") ||
			    !strcmp(entry->d_name, ".."))
				continue;
			path = join(directory, entry->d_name);
			unlink(path);
			free(path);
		}
		closedir(dir);
	}
	rmdir(directory);
}

/* An output of two files with the given contents. */
static void two_files(struct svd_output *output, const char *a, const char *b)
{
	svd_output_init(output);
	svd_buffer_puts(svd_output_add(output, "a.h"), a);
	svd_buffer_printf(svd_output_add(output, "b.h"), "%s", b);
}

/* Set path's modification time to the start of 2001. */
static void make_old(const char *directory, const char *name)
{
	struct timespec times[2] = {{978307200, 0}, {978307200, 0}};
	char *path = join(directory, name);

	assert_int_equal(utimensat(AT_FDCWD, path, times, 0), 0);
	free(path);
}

/* The modification time of directory/name, in seconds. */
static time_t mtime_of(const char *directory, const char *name)
{
	char *path = join(directory, name);
	struct stat status;

	assert_int_equal(stat(path, &status), 0);
	free(path);
	return status.st_mtime;
}

static void test_buffer_grows(void **state)
{
	struct svd_buffer buffer = {0};
	char big[1000];

	(void)state;
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	svd_buffer_puts(&buffer, "ab");
	svd_buffer_append(&buffer, "cdef", 2);
	/* Longer than printf's small buffer. */
	svd_buffer_printf(&buffer, "[%s]%d", big, 42);
	for (int i = 0; i < 5000; i++)
		svd_buffer_puts(&buffer, "0123456789");
	assert_int_equal(buffer.length, 4 + 1000 + 1 + 2 + 50000);
	assert_true(strncmp(buffer.data, "abcd[xxx", 8) == 0);
	assert_true(strncmp(buffer.data + 4 + 1 + 999, "]42012", 6) == 0);
	assert_int_equal(buffer.data[buffer.length], '\0');
	free(buffer.data);
}

/* The format-free verbs write what the printf spelling would. */
static void test_buffer_verbs(void **state)
{
	struct svd_buffer buffer = {0};
	char expected[200];

	(void)state;
	svd_buffer_concat(&buffer, "static ", "", "inline ", "x");
	svd_buffer_put_decimal(&buffer, 0);
	svd_buffer_put_decimal(&buffer, UINT64_MAX);
	svd_buffer_puts(&buffer, " ");
	svd_buffer_put_hex(&buffer, 0, 1);
	svd_buffer_put_hex(&buffer, 0x1f, 8);
	svd_buffer_put_hex(&buffer, UINT64_MAX, 1);
	snprintf(expected, sizeof(expected),
		 "%s%s%s%s%" PRIu64 "%" PRIu64 " 0x%" PRIx64 "0x%08" PRIx64
		 "0x%" PRIx64,
		 "static ", "", "inline ", "x", (uint64_t)0, UINT64_MAX,
		 (uint64_t)0, (uint64_t)0x1f, UINT64_MAX);
	assert_int_equal(buffer.length, strlen(expected));
	assert_string_equal(buffer.data, expected);
	free(buffer.data);
}

/* Counts its calls: arguments of svd_buffer_concat are evaluated once. */
static struct svd_buffer *counted_buffer(struct svd_buffer *buffer, int *calls)
{
	++*calls;
	return buffer;
}

/* "1", "2"... on successive calls. */
static const char *next_piece(int *count)
{
	static const char *const pieces[] = {"1", "2", "3"};

	return pieces[(*count)++ % 3];
}

/*
 * svd_buffer_concat appends each argument inline: every one of up to 24,
 * in order, each evaluated once, and an empty buffer gets memory even
 * when nothing is appended.
 */
static void test_buffer_concat(void **state)
{
	struct svd_buffer buffer = {0};
	int calls = 0, count = 0;

	(void)state;
	svd_buffer_concat(&buffer, "");
	assert_non_null(buffer.data);
	assert_int_equal(buffer.length, 0);
	assert_string_equal(buffer.data, "");
	svd_buffer_concat(&buffer, "a", "b", "c", "d", "e", "f", "g", "h", "i",
			  "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
			  "u", "v", "w", "x");
	assert_string_equal(buffer.data, "abcdefghijklmnopqrstuvwx");
	buffer.length = 0;
	svd_buffer_concat(counted_buffer(&buffer, &calls), next_piece(&count),
			  "-", next_piece(&count));
	assert_int_equal(calls, 1);
	assert_int_equal(count, 2);
	assert_int_equal(buffer.length, 3);
	assert_string_equal(buffer.data, "1-2");
	free(buffer.data);
}

static void test_writes_files(void **state)
{
	char *directory = make_directory();
	char *missing = join(directory, "new");
	struct svd_output output;
	struct svd_diagnostics diag;

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	two_files(&output, "first\n", "second\n");
	/* The folder is made when missing. */
	assert_int_equal(svd_output_write(&output, missing, &diag), 0);
	assert_int_equal(diag.errors, 0);
	assert_file(missing, "a.h", "first\n");
	assert_file(missing, "b.h", "second\n");
	assert_int_equal(count_entries(missing), 2);
	svd_output_free(&output);
	assert_null(output.files);
	remove_directory(missing);
	remove_directory(directory);
	free(missing);
	free(directory);
}

static void test_empty_file_written(void **state)
{
	char *directory = make_directory();
	struct svd_output output;
	struct svd_diagnostics diag;

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	svd_output_init(&output);
	svd_output_add(&output, "empty.h");
	assert_int_equal(svd_output_write(&output, directory, &diag), 0);
	assert_file(directory, "empty.h", "");
	svd_output_free(&output);
	remove_directory(directory);
	free(directory);
}

static void test_unchanged_file_left_alone(void **state)
{
	char *directory = make_directory();
	struct svd_output output;
	struct svd_diagnostics diag;

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	write_file(directory, "a.h", "first\n");
	write_file(directory, "b.h", "old second\n");
	make_old(directory, "a.h");
	make_old(directory, "b.h");
	two_files(&output, "first\n", "second\n");
	assert_int_equal(svd_output_write(&output, directory, &diag), 0);
	/* Same bytes: the old timestamp stays. */
	assert_int_equal(mtime_of(directory, "a.h"), 978307200);
	assert_file(directory, "a.h", "first\n");
	/* New bytes: replaced, and so newer. */
	assert_true(mtime_of(directory, "b.h") > 978307200);
	assert_file(directory, "b.h", "second\n");
	assert_int_equal(count_entries(directory), 2);
	svd_output_free(&output);

	/* A prefix of the old content is a change too. */
	make_old(directory, "a.h");
	svd_output_init(&output);
	svd_buffer_puts(svd_output_add(&output, "a.h"), "firs");
	assert_int_equal(svd_output_write(&output, directory, &diag), 0);
	assert_file(directory, "a.h", "firs");
	assert_true(mtime_of(directory, "a.h") > 978307200);
	svd_output_free(&output);
	remove_directory(directory);
	free(directory);
}

static void test_written_files_are_readable(void **state)
{
	char *directory = make_directory();
	struct svd_output output;
	struct svd_diagnostics diag;
	char *path = join(directory, "a.h");
	struct stat status;
	mode_t mask = umask(022);

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	two_files(&output, "x", "y");
	assert_int_equal(svd_output_write(&output, directory, &diag), 0);
	umask(mask);
	/* Not mkstemp's 0600: an ordinary file under the umask. */
	assert_int_equal(stat(path, &status), 0);
	assert_int_equal(status.st_mode & 0777, 0644);
	svd_output_free(&output);
	remove_directory(directory);
	free(path);
	free(directory);
}

static void test_directory_under_regular_file_fails(void **state)
{
	char *directory = make_directory();
	char *file = join(directory, "plain");
	char *below = join(file, "sub");
	char expected[512];
	struct svd_output output;
	struct unit_run run;

	(void)state;
	unit_run_init(&run);
	write_file(directory, "plain", "not a folder\n");
	two_files(&output, "a", "b");
	assert_int_equal(svd_output_write(&output, below, &run.context.diag),
			 -1);
	snprintf(expected, sizeof(expected),
		 "svdgen: error: cannot create %s: %s [io]\n", below,
		 strerror(ENOTDIR));
	assert_string_equal(unit_messages(&run), expected);
	assert_int_equal(run.context.diag.errors, 1);
	/* Nothing appeared next to the regular file. */
	assert_int_equal(count_entries(directory), 1);

	/* The regular file itself as the folder fails as well. */
	assert_int_equal(svd_output_write(&output, file, &run.context.diag),
			 -1);
	assert_int_equal(count_entries(directory), 1);
	assert_file(directory, "plain", "not a folder\n");
	svd_output_free(&output);
	unit_run_free(&run);
	remove_directory(directory);
	free(below);
	free(file);
	free(directory);
}

static void test_unwritable_directory_fails_cleanly(void **state)
{
	char *directory = make_directory();
	struct svd_output output;
	struct svd_diagnostics diag;

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	write_file(directory, "a.h", "old\n");
	assert_int_equal(chmod(directory, 0555), 0);
	two_files(&output, "new a\n", "new b\n");
	/*
	 * Root writes anyway, so there the test says SKIPPED rather than OK;
	 * test_failure_replaces_nothing covers the same path for root.
	 */
	if (geteuid() == 0) {
		assert_int_equal(chmod(directory, 0755), 0);
		svd_output_free(&output);
		remove_directory(directory);
		free(directory);
		skip();
	}
	assert_int_equal(svd_output_write(&output, directory, &diag), -1);
	assert_true(diag.errors >= 1);
	assert_file(directory, "a.h", "old\n");
	assert_int_equal(count_entries(directory), 1);
	assert_int_equal(chmod(directory, 0755), 0);
	svd_output_free(&output);
	remove_directory(directory);
	free(directory);
}

static void test_failure_replaces_nothing(void **state)
{
	char *directory = make_directory();
	struct svd_output output;
	struct svd_diagnostics diag;

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	write_file(directory, "a.h", "old\n");
	/*
	 * The second file's folder does not exist, which fails for root
	 * too: the first, though writable, must not be replaced.
	 */
	svd_output_init(&output);
	svd_buffer_puts(svd_output_add(&output, "a.h"), "new\n");
	svd_buffer_puts(svd_output_add(&output, "missing/b.h"), "b\n");
	svd_buffer_puts(svd_output_add(&output, "c.h"), "c\n");
	assert_int_equal(svd_output_write(&output, directory, &diag), -1);
	assert_int_equal(diag.errors, 1);
	assert_file(directory, "a.h", "old\n");
	/* No temporary file left behind, no c.h. */
	assert_int_equal(count_entries(directory), 1);
	svd_output_free(&output);
	remove_directory(directory);
	free(directory);
}

/*
 * Files finished ahead of the commit leave memory for unnamed files that
 * no one sees; the commit still writes all or nothing, and leaves an
 * unchanged file alone.
 */
static void test_spilled_files(void **state)
{
	char *directory = make_directory();
	char *missing = join(directory, "new");
	char *deeper = join(missing, "deeper");
	struct svd_output output;
	struct svd_diagnostics diag;
	struct svd_buffer *a, *b, *c;
	struct stat status;
	char *path;
	mode_t mask = umask(022);

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	svd_output_init(&output);
	/* Two folders still to be made. */
	svd_output_spill_to(&output, deeper);
	unnamed_missing = 0;
	a = svd_output_add(&output, "a.h");
	b = svd_output_add(&output, "b.h");
	c = svd_output_add(&output, "c.h");
	svd_buffer_puts(a, "first\n");
	svd_buffer_puts(b, "second\n");
	svd_output_finish(&output, b);
	svd_buffer_puts(a, "more of a\n");
	svd_output_finish(&output, a);
	svd_buffer_puts(c, "third\n");
#ifdef O_TMPFILE
	/* Finished: the text left memory. */
	assert_null(a->data);
	assert_null(b->data);
	/* The first file was asked for in both missing folders, the second
	 * in the folder that took the first (at most: see open above). */
	assert_true(unnamed_missing <= 2);
	assert_int_equal(a->length, 0);
#endif
	/* Not finished: still in memory. */
	assert_string_equal(c->data, "third\n");
	/* Nothing visible before the commit. */
	assert_int_equal(count_entries(directory), 0);
	assert_int_equal(svd_output_write(&output, deeper, &diag), 0);
	umask(mask);
	assert_int_equal(diag.errors, 0);
	assert_file(deeper, "a.h", "first\nmore of a\n");
	assert_file(deeper, "b.h", "second\n");
	assert_file(deeper, "c.h", "third\n");
	assert_int_equal(count_entries(deeper), 3);
	path = join(deeper, "a.h");
	assert_int_equal(stat(path, &status), 0);
	assert_int_equal(status.st_mode & 0777, 0644);
	free(path);
	svd_output_free(&output);

	/* Again, with a.h the same and b.h changed. */
	make_old(deeper, "a.h");
	make_old(deeper, "b.h");
	svd_output_init(&output);
	svd_output_spill_to(&output, deeper);
	a = svd_output_add(&output, "a.h");
	svd_buffer_puts(a, "first\nmore of a\n");
	svd_output_finish(&output, a);
	b = svd_output_add(&output, "b.h");
	svd_buffer_puts(b, "second, changed\n");
	svd_output_finish(&output, b);
	assert_int_equal(svd_output_write(&output, deeper, &diag), 0);
	assert_int_equal(mtime_of(deeper, "a.h"), 978307200);
	assert_true(mtime_of(deeper, "b.h") > 978307200);
	assert_file(deeper, "b.h", "second, changed\n");
	assert_int_equal(count_entries(deeper), 3);
	svd_output_free(&output);

	/* A failing commit replaces nothing and leaves no file behind. */
	svd_output_init(&output);
	svd_output_spill_to(&output, deeper);
	a = svd_output_add(&output, "a.h");
	svd_buffer_puts(a, "replaced?\n");
	svd_output_finish(&output, a);
	b = svd_output_add(&output, "missing/b.h");
	svd_buffer_puts(b, "b\n");
	svd_output_finish(&output, b);
	assert_int_equal(svd_output_write(&output, deeper, &diag), -1);
	assert_int_equal(diag.errors, 1);
	assert_file(deeper, "a.h", "first\nmore of a\n");
	assert_int_equal(count_entries(deeper), 3);
	svd_output_free(&output);

	remove_directory(deeper);
	remove_directory(missing);
	remove_directory(directory);
	free(deeper);
	free(missing);
	free(directory);
}

/* Three spilled files and one held in memory, in output. */
static void four_files(struct svd_output *output, const char *directory)
{
	static const char *const names[] = {"a.h", "b.h", "c.h", "d.h"};

	svd_output_init(output);
	svd_output_spill_to(output, directory);
	for (int i = 0; i < 4; i++) {
		struct svd_buffer *file = svd_output_add(output, names[i]);

		svd_buffer_printf(file, "text of %s\n", names[i]);
		if (i < 3)
			svd_output_finish(output, file);
	}
}

/* Assert the text four_files gave directory, and that it holds no more. */
static void assert_four_files(const char *directory)
{
	assert_file(directory, "a.h", "text of a.h\n");
	assert_file(directory, "b.h", "text of b.h\n");
	assert_file(directory, "c.h", "text of c.h\n");
	assert_file(directory, "d.h", "text of d.h\n");
	assert_int_equal(count_entries(directory), 4);
}

/*
 * In a folder the commit makes, spilled files are linked in under their
 * own names, without a temporary name and a rename; the rest as before.
 * A failure still leaves nothing (not even the folder): one before the
 * links, and one after them, when a rename fails. A name that another
 * program takes before the link is replaced as in any folder.
 */
static void test_new_folder_gets_files_in_place(void **state)
{
	char *directory = make_directory();
	char *fresh = join(directory, "fresh");
	struct svd_output output;
	struct svd_diagnostics diag;
	struct svd_buffer *bad;

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	four_files(&output, fresh);
	renames = 0;
	assert_int_equal(svd_output_write(&output, fresh, &diag), 0);
	assert_int_equal(diag.errors, 0);
	assert_four_files(fresh);
#ifdef O_TMPFILE
	/* d.h only: the others were spilled whole. */
	assert_int_equal(renames, 1);
#endif
	svd_output_free(&output);
	remove_directory(fresh);

	/* A file that cannot be made: nothing is left, the folder neither. */
	four_files(&output, fresh);
	bad = svd_output_add(&output, "missing/e.h");
	svd_buffer_puts(bad, "e\n");
	svd_output_finish(&output, bad);
	assert_int_equal(svd_output_write(&output, fresh, &diag), -1);
	assert_int_equal(diag.errors, 1);
	assert_int_equal(count_entries(directory), 0);
	svd_output_free(&output);

	/* The rename of d.h fails once a.h, b.h and c.h are linked in: they
	 * are removed again, and so is the folder. */
	four_files(&output, fresh);
	svd_diagnostics_init(&diag, NULL);
	rename_fails_for = "d.h";
	assert_int_equal(svd_output_write(&output, fresh, &diag), -1);
	rename_fails_for = NULL;
	assert_int_equal(diag.errors, 1);
	assert_int_equal(count_entries(directory), 0);
	svd_output_free(&output);

	/* b.h made by another program between the folder and the link. */
	four_files(&output, fresh);
	taken_before_link = "b.h";
	renames = 0;
	assert_int_equal(svd_output_write(&output, fresh, &diag), 0);
	assert_null(taken_before_link);
	assert_four_files(fresh);
#ifdef O_TMPFILE
	assert_int_equal(renames, 2); /* d.h and b.h */
#endif
	svd_output_free(&output);

	/* Into the folder that now exists: unchanged files are left alone,
	 * a changed one is renamed into place. */
	write_file(fresh, "c.h", "older text of c.h\n");
	four_files(&output, fresh);
	renames = 0;
	assert_int_equal(svd_output_write(&output, fresh, &diag), 0);
	assert_int_equal(renames, 1);
	assert_four_files(fresh);
	svd_output_free(&output);
	remove_directory(fresh);
	remove_directory(directory);
	free(fresh);
	free(directory);
}

/* Append count numbered lines to both buffers. */
static void put_lines(struct svd_buffer *file, struct svd_buffer *expected,
		      int first, int count)
{
	for (int i = first; i < first + count; i++) {
		svd_buffer_printf(file, "line %d of a large header\n", i);
		svd_buffer_printf(expected, "line %d of a large header\n", i);
	}
}

/*
 * A large file leaves memory in pieces while it grows, finished or not,
 * and comes back whole: written, and compared with an unchanged copy.
 */
static void test_large_files_spill_in_pieces(void **state)
{
	char *directory = make_directory();
	struct svd_output output;
	struct svd_diagnostics diag;
	struct svd_buffer expected_a = {0}, expected_b = {0};
	struct svd_buffer *a, *b;

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	for (int round = 0; round < 2; round++) {
		svd_output_init(&output);
		svd_output_spill_to(&output, directory);
		a = svd_output_add(&output, "a.h");
		b = svd_output_add(&output, "b.h");
		expected_a.length = expected_b.length = 0;
		/* About 1.5 MB each, interleaved; b is never finished. */
		for (int i = 0; i < 50000; i += 1000) {
			put_lines(a, &expected_a, i, 1000);
			put_lines(b, &expected_b, i, 1000);
		}
#ifdef O_TMPFILE
		/* Neither buffer holds all of its text. */
		assert_true(a->capacity < expected_a.length / 2);
		assert_true(b->capacity < expected_b.length / 2);
		assert_true(output.files->spilled > 0);
#endif
		svd_output_finish(&output, a);
		assert_int_equal(svd_output_write(&output, directory, &diag),
				 0);
		assert_int_equal(diag.errors, 0);
		assert_file(directory, "a.h", expected_a.data);
		assert_file(directory, "b.h", expected_b.data);
		svd_output_free(&output);
		if (round == 0) {
			make_old(directory, "a.h");
			make_old(directory, "b.h");
		}
	}
	/* The second round found both unchanged and left them alone. */
	assert_int_equal(mtime_of(directory, "a.h"), 978307200);
	assert_int_equal(mtime_of(directory, "b.h"), 978307200);
	assert_int_equal(count_entries(directory), 2);
	free(expected_a.data);
	free(expected_b.data);
	remove_directory(directory);
	free(directory);
}

/*
 * Past the limit of unnamed files of their own, finished files share one:
 * each keeps its own stretch of it, and the commit copies them out.
 */
static void test_spilled_files_share_one_file(void **state)
{
	char *directory = make_directory();
	struct svd_output output;
	struct svd_diagnostics diag;
	struct svd_buffer *file[6];
	char name[16], text[64];

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	svd_output_init(&output);
	svd_output_spill_to(&output, directory);
	output.spill_limit = 2;
	for (int i = 0; i < 6; i++) {
		snprintf(name, sizeof(name), "f%d.h", i);
		file[i] = svd_output_add(&output, name);
	}
	/* Finished out of order, with lengths that differ. */
	for (int i = 5; i >= 0; i--) {
		snprintf(text, sizeof(text), "file %d%.*s\n", i, i * 3,
			 "=================");
		svd_buffer_puts(file[i], text);
		svd_output_finish(&output, file[i]);
	}
#ifdef O_TMPFILE
	assert_int_equal(output.spill_files, 2);
	assert_true(output.shared_fd >= 0);
	for (int i = 0; i < 6; i++)
		assert_null(file[i]->data);
#endif
	assert_int_equal(svd_output_write(&output, directory, &diag), 0);
	assert_int_equal(diag.errors, 0);
	for (int i = 0; i < 6; i++) {
		snprintf(name, sizeof(name), "f%d.h", i);
		snprintf(text, sizeof(text), "file %d%.*s\n", i, i * 3,
			 "=================");
		assert_file(directory, name, text);
	}
	assert_int_equal(count_entries(directory), 6);
	svd_output_free(&output);
	remove_directory(directory);
	free(directory);
}

/* How many descriptors this process has open. */
static size_t open_descriptors(void)
{
	return count_entries("/proc/self/fd");
}

/*
 * Files opened ahead on a thread of their own: a guess of them before the
 * count is known, then as many as svd_output_expect says, the rest opened
 * where needed; every file gets its own text, and whatever was opened too
 * many is closed by the time the output is freed. Run with a guess below,
 * equal to and above the count, and with a count below what is added; and
 * into folders still to be made, whose files are opened in the folder that
 * exists.
 */
static void test_opens_files_ahead(void **state)
{
	static const struct {
		size_t guess, expected, added;
		bool missing;
	} runs[] = {{2, 9, 9, false},  {9, 9, 9, false}, {40, 9, 9, false},
		    {3, 5, 12, false}, {0, 9, 9, false}, {4, 9, 9, true},
		    {40, 9, 9, true}};

	(void)state;
	for (size_t r = 0; r < sizeof(runs) / sizeof(runs[0]); r++) {
		char *top = make_directory();
		char *directory =
		    runs[r].missing ? join(top, "new/deeper") : strdup(top);
		size_t before = open_descriptors();
		struct svd_output output;
		struct svd_diagnostics diag;
		char name[32], text[32];
		unsigned missing_opens;

		svd_diagnostics_init(&diag, NULL);
		svd_output_init(&output);
		svd_output_spill_to(&output, directory);
		pthread_mutex_lock(&counting);
		unnamed_missing = 0;
		pthread_mutex_unlock(&counting);
		svd_output_open_ahead(&output, runs[r].guess);
		/* Time to open the guess, so that some are too many (if it
		 * has not, the run checks less, but still holds). */
		if (runs[r].guess > runs[r].expected)
			usleep(200 * 1000);
		svd_output_expect(&output, runs[r].expected);
		for (size_t i = 0; i < runs[r].added; i++) {
			struct svd_buffer *file;

			snprintf(name, sizeof(name), "f%zu.h", i);
			snprintf(text, sizeof(text), "file %zu\n", i);
			file = svd_output_add(&output, name);
			svd_buffer_puts(file, text);
			svd_output_finish(&output, file);
		}
		assert_int_equal(svd_output_write(&output, directory, &diag),
				 0);
		assert_int_equal(diag.errors, 0);
		for (size_t i = 0; i < runs[r].added; i++) {
			snprintf(name, sizeof(name), "f%zu.h", i);
			snprintf(text, sizeof(text), "file %zu\n", i);
			assert_file(directory, name, text);
		}
		assert_int_equal(count_entries(directory), runs[r].added);
		/* Into folders still to be made: only the first file was
		 * asked for in them (two), the rest where it went. */
		pthread_mutex_lock(&counting);
		missing_opens = unnamed_missing;
		pthread_mutex_unlock(&counting);
		assert_true(missing_opens <= 2);
		svd_output_free(&output);
		assert_int_equal(open_descriptors(), before);
		remove_directory(directory);
		if (runs[r].missing) {
			char *middle = join(top, "new");

			remove_directory(middle);
			free(middle);
			/* Nothing left beside the folders made. */
			assert_int_equal(count_entries(top), 0);
		}
		remove_directory(top);
		free(directory);
		free(top);
	}
}

/* Wait up to two seconds for this process to hold count descriptors. */
static bool await_descriptors(size_t count)
{
	for (int i = 0; i < 200; i++) {
		if (open_descriptors() == count)
			return true;
		usleep(10 * 1000);
	}
	return false;
}

/*
 * A count raised before svd_output_expect is opened ahead; it never goes
 * down, nor past what svd_output_expect then says, which closes the rest.
 */
static void test_opens_at_least_what_is_known(void **state)
{
	char *directory = make_directory();
	size_t before = open_descriptors();
	struct svd_output output;
	struct svd_diagnostics diag;

	(void)state;
#ifndef O_TMPFILE
	free(directory);
	skip(); /* nothing is opened ahead */
#endif
	svd_diagnostics_init(&diag, NULL);
	svd_output_init(&output);
	svd_output_spill_to(&output, directory);
	svd_output_open_ahead(&output, 2);
	assert_true(await_descriptors(before + 2));
	svd_output_expect_at_least(&output, 7);
	assert_true(await_descriptors(before + 7));
	svd_output_expect_at_least(&output, 3); /* no fewer */
	usleep(50 * 1000);
	assert_int_equal(open_descriptors(), before + 7);
	svd_output_expect(&output, 5);
	assert_true(await_descriptors(before + 5));
	svd_output_expect_at_least(&output, 9); /* the count is known */
	usleep(50 * 1000);
	assert_int_equal(open_descriptors(), before + 5);
	for (int i = 0; i < 5; i++) {
		char name[16];
		struct svd_buffer *file;

		snprintf(name, sizeof(name), "f%d.h", i);
		file = svd_output_add(&output, name);
		svd_buffer_puts(file, name);
		svd_output_finish(&output, file);
	}
	assert_int_equal(svd_output_write(&output, directory, &diag), 0);
	assert_file(directory, "f4.h", "f4.h");
	assert_int_equal(count_entries(directory), 5);
	svd_output_free(&output);
	assert_int_equal(open_descriptors(), before);
	remove_directory(directory);
	free(directory);
}

/* The signals a thread started by svd_start_thread leaves to others. */
static void *read_signal_mask(void *result)
{
	sigset_t *mask = result;

	pthread_sigmask(SIG_BLOCK, NULL, mask);
	return NULL;
}

/*
 * The emitting and opening threads block every signal: SIGINT during the
 * commit must reach the main thread, which blocks it while renaming and
 * whose handler removes what the commit made (a helper thread taking it
 * left a new folder behind). The caller's own mask is unchanged.
 */
static void test_threads_leave_signals_to_main(void **state)
{
	static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGUSR1};
	sigset_t mask, before, after;
	pthread_t thread;

	(void)state;
	sigemptyset(&mask);
	pthread_sigmask(SIG_BLOCK, NULL, &before);
	assert_int_equal(svd_start_thread(&thread, read_signal_mask, &mask), 0);
	assert_int_equal(pthread_join(thread, NULL), 0);
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		assert_true(sigismember(&mask, signals[i]));
	pthread_sigmask(SIG_BLOCK, NULL, &after);
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		assert_int_equal(sigismember(&after, signals[i]),
				 sigismember(&before, signals[i]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_buffer_grows),
	    cmocka_unit_test(test_threads_leave_signals_to_main),
	    cmocka_unit_test(test_opens_files_ahead),
	    cmocka_unit_test(test_buffer_verbs),
	    cmocka_unit_test(test_buffer_concat),
	    cmocka_unit_test(test_writes_files),
	    cmocka_unit_test(test_empty_file_written),
	    cmocka_unit_test(test_unchanged_file_left_alone),
	    cmocka_unit_test(test_written_files_are_readable),
	    cmocka_unit_test(test_directory_under_regular_file_fails),
	    cmocka_unit_test(test_unwritable_directory_fails_cleanly),
	    cmocka_unit_test(test_failure_replaces_nothing),
	    cmocka_unit_test(test_spilled_files),
	    cmocka_unit_test(test_new_folder_gets_files_in_place),
	    cmocka_unit_test(test_opens_at_least_what_is_known),
	    cmocka_unit_test(test_spilled_files_share_one_file),
	    cmocka_unit_test(test_large_files_spill_in_pieces),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
