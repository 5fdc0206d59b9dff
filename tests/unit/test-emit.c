// SPDX-License-Identifier: MIT
/*
 * emit-header.c through svd_generate(): the whole pipeline into memory,
 * then exact lines looked up in the emitted headers: base addresses and
 * instance pointers, field positions and masks, the IRQn_Type list with
 * the processor's exceptions, prefixes, defused comments, and the same
 * bytes from every run.
 */
#include "unit-helpers.h"

/* A Cortex-M4 device with the things the tests below look for. */
#define DEVICE_HEAD(cpu)                                                       \
	"<?xml version=\"1.0\"?>\n"                                            \
	"<device><name>Dev-1</name>" cpu "<peripherals>\n"
#define CM4_CPU                                                                \
	"<cpu><name>CM4</name><revision>r0p1</revision>"                       \
	"<endian>little</endian><mpuPresent>true</mpuPresent>"                 \
	"<fpuPresent>true</fpuPresent><nvicPrioBits>4</nvicPrioBits>"          \
	"<vendorSystickConfig>false</vendorSystickConfig></cpu>"
#define PERIPHERALS                                                            \
	"<peripheral><name>P</name><description>Demo</description>\n"          \
	"<baseAddress>0x40000000</baseAddress>\n"                              \
	"<interrupt><name>P_IRQ</name><description>P global</description>"     \
	"<value>5</value></interrupt>\n"                                       \
	"<registers>\n"                                                        \
	"<register><name>CR</name><description>Ends */ here /* x"              \
	"</description><addressOffset>0</addressOffset><fields>\n"             \
	"<field><name>EN</name><bitOffset>4</bitOffset><bitWidth>3</bitWidth>" \
	"<enumeratedValues><enumeratedValue><name>OFF</name><value>0</value>"  \
	"</enumeratedValue><enumeratedValue><name>ON</name><value>5</value>"   \
	"</enumeratedValue></enumeratedValues></field>\n"                      \
	"<field><name>TOP</name><bitRange>[31:31]</bitRange></field>\n"        \
	"</fields></register>\n"                                               \
	"<register><name>WIDE</name><size>64</size>"                           \
	"<addressOffset>8</addressOffset><fields><field><name>HI</name>"       \
	"<bitRange>[39:36]</bitRange></field></fields></register>\n"           \
	"<cluster><name>CL</name><addressOffset>0x10</addressOffset>"          \
	"<register><name>IN</name><addressOffset>0</addressOffset>"            \
	"<access>read-only</access><fields><field><name>F</name>"              \
	"<bitOffset>0</bitOffset></field></fields></register></cluster>\n"     \
	"<register><name>DATA[%s]</name><dim>4</dim>"                          \
	"<dimIncrement>4</dimIncrement><addressOffset>0x20</addressOffset>"    \
	"<access>write-only</access></register>\n"                             \
	"</registers></peripheral>\n"                                          \
	"<peripheral derivedFrom=\"P\"><name>Q</name>"                         \
	"<baseAddress>0x40001000</baseAddress>"                                \
	"<interrupt><name>Q_IRQ</name><value>2</value></interrupt>"            \
	"</peripheral>\n"                                                      \
	"<peripheral><name>HIGH</name><baseAddress>0x100000000</baseAddress>"  \
	"<registers><register><name>R</name><addressOffset>0</addressOffset>"  \
	"</register></registers></peripheral>\n"                               \
	"<peripheral><name>RNG</name><baseAddress>0x50000000</baseAddress>"    \
	"</peripheral>\n"
#define DEVICE_TAIL "</peripherals></device>\n"

static const char cm4_svd[] = DEVICE_HEAD(CM4_CPU) PERIPHERALS DEVICE_TAIL;

/* Generated headers of one svd_generate() run. */
struct generated {
	struct unit_run run;
	struct svd_output output;
	int result;
};

/* Write svd to a file, run svd_generate on it with these options. */
static void generate(struct generated *generated, const char *svd,
		     const char *prefix, bool cmsis_includes)
{
	char *path = unit_write_temporary(svd);

	unit_run_init(&generated->run);
	generated->run.context.options.prefix = prefix;
	generated->run.context.options.source_name = "test.svd";
	generated->run.context.options.cmsis_includes = cmsis_includes;
	svd_output_init(&generated->output);
	generated->result =
	    svd_generate(&generated->run.context, path, &generated->output);
	unlink(path);
	free(path);
}

/* Like generate(), and the run must succeed. */
static void generate_ok(struct generated *generated, const char *svd,
			const char *prefix, bool cmsis_includes)
{
	generate(generated, svd, prefix, cmsis_includes);
	if (generated->result != 0)
		fail_msg("svd_generate failed:\n%s",
			 unit_messages(&generated->run));
}

/* Release the output and the run. */
static void generated_free(struct generated *generated)
{
	svd_output_free(&generated->output);
	unit_run_free(&generated->run);
}

/* The text of the emitted file called name; fails when there is none. */
static const char *file_text(struct generated *generated, const char *name)
{
	for (const struct svd_output_file *f = generated->output.files; f;
	     f = f->next)
		if (strcmp(f->name, name) == 0)
			return f->content.data ? f->content.data : "";
	fail_msg("no file %s was emitted", name);
	return NULL;
}

/*
 * True when text has a line that is definition, alone or followed by a
 * trailing comment.
 */
static bool has_definition(const char *text, const char *definition)
{
	size_t length = strlen(definition);

	for (const char *at = strstr(text, definition); at;
	     at = strstr(at + 1, definition))
		if ((at == text || at[-1] == '\n') &&
		    (at[length] == '\n' || at[length] == '\0' ||
		     strncmp(at + length, " /*", 3) == 0))
			return true;
	return false;
}

#define assert_defined(text, definition)                                       \
	do {                                                                   \
		if (!has_definition((text), (definition)))                     \
			fail_msg("no line '%s'", (definition));                \
	} while (0)

#define assert_not_defined(text, definition)                                   \
	do {                                                                   \
		if (has_definition((text), (definition)))                      \
			fail_msg("unexpected line '%s'", (definition));        \
	} while (0)

static void test_files_emitted(void **state)
{
	struct generated g;
	const char *umbrella;

	(void)state;
	generate_ok(&g, cm4_svd, NULL, false);
	/* The device name lower-cased and made an identifier. */
	umbrella = file_text(&g, "dev_1.h");
	file_text(&g, "dev_1_common.h");
	file_text(&g, "dev_1_p.h");
	file_text(&g, "dev_1_high.h");
	assert_true(unit_has_line(umbrella, "#include \"dev_1_common.h\""));
	assert_true(unit_has_line(umbrella, "#include \"dev_1_p.h\""));
	assert_true(unit_has_line(umbrella, "#include \"dev_1_high.h\""));
	/* The registers without the accessors: what the umbrella includes
	 * unless SVDGEN_ALL_ACCESSORS is defined. */
	file_text(&g, "dev_1_p_regs.h");
	file_text(&g, "dev_1_high_regs.h");
	assert_true(unit_has_line(umbrella, "#include \"dev_1_p_regs.h\""));
	assert_true(unit_has_line(umbrella, "#ifdef SVDGEN_ALL_ACCESSORS"));
	assert_true(strstr(umbrella, "#include \"dev_1_p.h\"") <
		    strstr(umbrella, "#else"));
	assert_true(strstr(umbrella, "#include \"dev_1_p_regs.h\"") >
		    strstr(umbrella, "#else"));
	/* Q shares P's type: no header of its own. */
	for (const struct svd_output_file *f = g.output.files; f; f = f->next) {
		assert_string_not_equal(f->name, "dev_1_q.h");
		assert_string_not_equal(f->name, "dev_1_q_regs.h");
	}
	generated_free(&g);
}

static void test_base_and_instance_macros(void **state)
{
	struct generated g;
	const char *p, *high, *umbrella;

	(void)state;
	generate_ok(&g, cm4_svd, NULL, false);
	p = file_text(&g, "dev_1_p_regs.h");
	assert_defined(p, "#define P_BASE (0x40000000UL)");
	assert_defined(p, "#define P ((P_Type *) P_BASE)");
	/* A derived peripheral that adds nothing uses its base's type. */
	assert_defined(p, "#define Q_BASE (0x40001000UL)");
	assert_defined(p, "#define Q ((P_Type *) Q_BASE)");
	/* Above 4 GiB the constant needs ULL. */
	high = file_text(&g, "dev_1_high_regs.h");
	assert_defined(high, "#define HIGH_BASE (0x100000000ULL)");
	assert_defined(high, "#define HIGH ((HIGH_Type *) HIGH_BASE)");
	/* No registers: only the base address, in the umbrella header. */
	umbrella = file_text(&g, "dev_1.h");
	assert_defined(umbrella, "#define RNG_BASE (0x50000000UL)");
	assert_false(unit_has_line_prefix(umbrella, "#define RNG "));
	generated_free(&g);
}

static void test_struct_members_and_asserts(void **state)
{
	struct generated g;
	const char *p;

	(void)state;
	generate_ok(&g, cm4_svd, NULL, false);
	p = file_text(&g, "dev_1_p_regs.h");
	assert_true(unit_has_line_prefix(p, "\t__IOM uint32_t CR;"));
	assert_true(unit_has_line_prefix(p, "\t__IM  uint32_t RESERVED;"));
	assert_true(unit_has_line_prefix(p, "\t__IOM uint64_t WIDE;"));
	assert_true(unit_has_line_prefix(p, "\t__IOM P_CL_Type CL;"));
	assert_true(unit_has_line_prefix(p, "\t__IM  uint32_t RESERVED1[3];"));
	assert_true(unit_has_line_prefix(p, "\t__OM  uint32_t DATA[4];"));
	assert_true(unit_has_line_prefix(p, "\t__IM  uint32_t IN;"));
	assert_true(unit_has_line_prefix(p, "} P_Type;"));
	assert_true(unit_has_line_prefix(p, "} P_CL_Type;"));
	/* The cluster type comes before the struct that uses it. */
	assert_true(strstr(p, "} P_CL_Type;") < strstr(p, "} P_Type;"));
	assert_true(unit_has_line(p, "SVDGEN_STATIC_ASSERT(offsetof(P_Type, "
				     "WIDE) == 0x8u, P_Type__WIDE);"));
	assert_true(unit_has_line(p, "SVDGEN_STATIC_ASSERT(offsetof(P_Type, "
				     "DATA) == 0x20u, P_Type__DATA);"));
	/* 0x30 bytes: DATA ends there and 8 divides it. */
	assert_true(unit_has_line(p, "SVDGEN_STATIC_ASSERT(sizeof(P_Type) == "
				     "0x30u, P_Type__size);"));
	assert_true(unit_has_line(p, "SVDGEN_STATIC_ASSERT(sizeof(P_CL_Type) "
				     "== 0x4u, P_CL_Type__size);"));
	generated_free(&g);
}

static void test_field_position_and_mask(void **state)
{
	struct generated g;
	const char *p;

	(void)state;
	generate_ok(&g, cm4_svd, NULL, false);
	p = file_text(&g, "dev_1_p_regs.h");
	assert_defined(p, "#define P_CR_EN_Pos (4UL)");
	assert_defined(p, "#define P_CR_EN_Msk (0x7UL << P_CR_EN_Pos)");
	assert_defined(p, "#define P_CR_TOP_Pos (31UL)");
	assert_defined(p, "#define P_CR_TOP_Msk (0x1UL << P_CR_TOP_Pos)");
	/* A mask above bit 31 needs a 64-bit constant. */
	assert_defined(p, "#define P_WIDE_HI_Pos (36UL)");
	assert_defined(p, "#define P_WIDE_HI_Msk (0xfULL << P_WIDE_HI_Pos)");
	/* Cluster registers carry the cluster type's name. */
	assert_defined(p, "#define P_CL_IN_F_Pos (0UL)");
	assert_defined(p, "#define P_CL_IN_F_Msk (0x1UL << P_CL_IN_F_Pos)");
	/* Enumerated values. */
	assert_true(unit_has_line_prefix(p, "\tP_CR_EN_OFF = 0x0,"));
	assert_true(unit_has_line_prefix(p, "\tP_CR_EN_ON = 0x5,"));
	generated_free(&g);
}

static void test_irqn_cortex_m4(void **state)
{
	static const char *const exceptions[] = {
	    "\tReset_IRQn = -15,",     "\tNonMaskableInt_IRQn = -14,",
	    "\tHardFault_IRQn = -13,", "\tMemoryManagement_IRQn = -12,",
	    "\tBusFault_IRQn = -11,",  "\tUsageFault_IRQn = -10,",
	    "\tSVCall_IRQn = -5,",     "\tDebugMonitor_IRQn = -4,",
	    "\tPendSV_IRQn = -2,",     "\tSysTick_IRQn = -1,",
	};
	struct generated g;
	const char *umbrella;

	(void)state;
	generate_ok(&g, cm4_svd, NULL, false);
	umbrella = file_text(&g, "dev_1.h");
	for (size_t i = 0; i < sizeof(exceptions) / sizeof(exceptions[0]); i++)
		if (!unit_has_line_prefix(umbrella, exceptions[i]))
			fail_msg("no '%s' for CM4", exceptions[i]);
	assert_true(unit_has_line_prefix(umbrella, "\tQ_IRQ_IRQn = 2,"));
	assert_true(unit_has_line_prefix(umbrella, "\tP_IRQ_IRQn = 5,"));
	assert_true(unit_has_line(umbrella, "} IRQn_Type;"));
	/* In order of number, exceptions first. */
	assert_true(strstr(umbrella, "\tSysTick_IRQn") <
		    strstr(umbrella, "\tQ_IRQ_IRQn"));
	assert_true(strstr(umbrella, "\tQ_IRQ_IRQn") <
		    strstr(umbrella, "\tP_IRQ_IRQn"));
	generated_free(&g);
}

static void test_irqn_cortex_m0_has_no_armv7m_exceptions(void **state)
{
	static const char svd[] = DEVICE_HEAD("<cpu><name>CM0PLUS</name></cpu>")
	    PERIPHERALS DEVICE_TAIL;
	struct generated g;
	const char *umbrella;

	(void)state;
	generate_ok(&g, svd, NULL, false);
	umbrella = file_text(&g, "dev_1.h");
	assert_true(unit_has_line_prefix(umbrella, "\tHardFault_IRQn = -13,"));
	assert_true(unit_has_line_prefix(umbrella, "\tSysTick_IRQn = -1,"));
	assert_null(strstr(umbrella, "MemoryManagement_IRQn"));
	assert_null(strstr(umbrella, "BusFault_IRQn"));
	assert_null(strstr(umbrella, "UsageFault_IRQn"));
	assert_null(strstr(umbrella, "DebugMonitor_IRQn"));
	generated_free(&g);
}

static void test_irqn_risc_v_has_no_core_exceptions(void **state)
{
	static const char svd[] =
	    DEVICE_HEAD("<cpu><name>RV32IMAC</name></cpu>")
		PERIPHERALS DEVICE_TAIL;
	struct generated g;
	const char *umbrella;

	(void)state;
	generate_ok(&g, svd, NULL, false);
	umbrella = file_text(&g, "dev_1.h");
	assert_null(strstr(umbrella, "Reset_IRQn"));
	assert_null(strstr(umbrella, "SysTick_IRQn"));
	assert_null(strstr(umbrella, "HardFault_IRQn"));
	assert_true(unit_has_line_prefix(umbrella, "\tQ_IRQ_IRQn = 2,"));
	assert_true(unit_has_line_prefix(umbrella, "\tP_IRQ_IRQn = 5,"));
	assert_true(unit_has_line(umbrella, "} IRQn_Type;"));
	generated_free(&g);
}

/* Armv8-M mainline has SecureFault; Armv7-M and baseline do not. */
static void test_irqn_armv8m_secure_fault(void **state)
{
	static const char cm33[] =
	    DEVICE_HEAD("<cpu><name>CM33</name></cpu>") PERIPHERALS DEVICE_TAIL;
	static const char cm23[] =
	    DEVICE_HEAD("<cpu><name>CM23</name></cpu>") PERIPHERALS DEVICE_TAIL;
	struct generated g;

	(void)state;
	generate_ok(&g, cm33, NULL, false);
	assert_true(unit_has_line_prefix(file_text(&g, "dev_1.h"),
					 "\tSecureFault_IRQn = -9,"));
	generated_free(&g);
	generate_ok(&g, cm23, NULL, false);
	assert_null(strstr(file_text(&g, "dev_1.h"), "SecureFault_IRQn"));
	generated_free(&g);
	generate_ok(&g, cm4_svd, NULL, false);
	assert_null(strstr(file_text(&g, "dev_1.h"), "SecureFault_IRQn"));
	generated_free(&g);
}

/*
 * The configuration CMSIS-Core reads is there without --cmsis: what the
 * core has, what the file names, SVDConv's value where nvicPrioBits is
 * out of range; none for a core CMSIS-Core does not cover.
 */
static void test_cpu_configuration_macros(void **state)
{
	static const char cm0plus[] = DEVICE_HEAD(
	    "<cpu><name>CM0+</name><revision>r0p1</revision>"
	    "<nvicPrioBits>2</nvicPrioBits><vtorPresent>true</vtorPresent>"
	    "</cpu>") PERIPHERALS DEVICE_TAIL;
	static const char cm7[] = DEVICE_HEAD(
	    "<cpu><name>CM7</name><revision>r1p2</revision>"
	    "<fpuPresent>true</fpuPresent><fpuDP>true</fpuDP>"
	    "<dcachePresent>1</dcachePresent><nvicPrioBits>9</nvicPrioBits>"
	    "</cpu>") PERIPHERALS DEVICE_TAIL;
	static const char riscv[] =
	    DEVICE_HEAD("<cpu><name>RV32IMAC</name></cpu>")
		PERIPHERALS DEVICE_TAIL;
	struct generated g;
	const char *umbrella;

	(void)state;
	generate_ok(&g, cm0plus, NULL, false);
	umbrella = file_text(&g, "dev_1.h");
	assert_true(
	    unit_has_line_prefix(umbrella, "#define __CM0PLUS_REV 0x0001U"));
	assert_true(
	    unit_has_line_prefix(umbrella, "#define __NVIC_PRIO_BITS 2 "));
	assert_true(
	    unit_has_line_prefix(umbrella, "#define __VTOR_PRESENT 1 "));
	assert_null(strstr(umbrella, "__FPU_PRESENT"));
	assert_null(strstr(umbrella, "#include \"core_cm0plus.h\""));
	generated_free(&g);

	generate_ok(&g, cm7, NULL, false);
	umbrella = file_text(&g, "dev_1.h");
	assert_true(
	    unit_has_line_prefix(umbrella, "#define __CM7_REV 0x0102U"));
	assert_true(
	    unit_has_line_prefix(umbrella, "#define __NVIC_PRIO_BITS 4 "));
	assert_true(unit_has_line_prefix(umbrella, "#define __FPU_DP 1 "));
	assert_true(
	    unit_has_line_prefix(umbrella, "#define __DCACHE_PRESENT 1 "));
	assert_true(
	    unit_has_line_prefix(umbrella, "#define __ICACHE_PRESENT 0 "));
	assert_true(unit_has_line_prefix(umbrella, "#define __MPU_PRESENT 0 "));
	assert_null(strstr(umbrella, "__VTOR_PRESENT"));
	generated_free(&g);

	generate_ok(&g, riscv, NULL, false);
	assert_null(strstr(file_text(&g, "dev_1.h"), "__NVIC_PRIO_BITS"));
	generated_free(&g);
}

static void test_cmsis_includes(void **state)
{
	struct generated g;
	const char *umbrella;

	(void)state;
	generate_ok(&g, cm4_svd, NULL, true);
	umbrella = file_text(&g, "dev_1.h");
	assert_true(unit_has_line(umbrella, "#include \"core_cm4.h\""));
	assert_true(
	    unit_has_line_prefix(umbrella, "#define __CM4_REV 0x0001U "));
	assert_true(unit_has_line_prefix(umbrella, "#define __MPU_PRESENT 1 "));
	assert_true(
	    unit_has_line_prefix(umbrella, "#define __NVIC_PRIO_BITS 4 "));
	assert_true(unit_has_line_prefix(umbrella, "#define __FPU_PRESENT 1 "));
	assert_true(unit_has_line_prefix(umbrella,
					 "#define __Vendor_SysTickConfig 0 "));
	generated_free(&g);

	/* Not without the option. */
	generate_ok(&g, cm4_svd, NULL, false);
	assert_null(strstr(file_text(&g, "dev_1.h"), "core_cm4.h"));
	generated_free(&g);
}

/* The identifier a "#define NAME ..." line defines, into name. */
static void defined_name(const char *line, char *name, size_t size)
{
	size_t length = strcspn(line + 8, " (\n");

	if (length >= size)
		length = size - 1;
	memcpy(name, line + 8, length);
	name[length] = '\0';
}

static void test_prefix_applied_to_all_global_names(void **state)
{
	struct generated g;
	const char *p, *umbrella;
	size_t defines = 0;

	(void)state;
	generate_ok(&g, cm4_svd, "X_", false);
	p = file_text(&g, "dev_1_p_regs.h");
	umbrella = file_text(&g, "dev_1.h");
	assert_defined(p, "#define X_P_BASE (0x40000000UL)");
	assert_defined(p, "#define X_P ((X_P_Type *) X_P_BASE)");
	assert_defined(p, "#define X_Q ((X_P_Type *) X_Q_BASE)");
	assert_defined(p, "#define X_P_CR_EN_Pos (4UL)");
	assert_defined(p, "#define X_P_CR_EN_Msk (0x7UL << X_P_CR_EN_Pos)");
	assert_true(unit_has_line_prefix(p, "\tX_P_CR_EN_ON = 0x5,"));
	assert_true(unit_has_line_prefix(p, "} X_P_Type;"));
	assert_true(unit_has_line_prefix(p, "\t__IOM X_P_CL_Type CL;"));
	assert_true(unit_has_line_prefix(umbrella, "\tX_Reset_IRQn = -15,"));
	assert_true(unit_has_line_prefix(umbrella, "\tX_P_IRQ_IRQn = 5,"));
	assert_true(unit_has_line(umbrella, "} X_IRQn_Type;"));
	assert_defined(umbrella, "#define X_RNG_BASE (0x50000000UL)");
	assert_not_defined(p, "#define P_BASE (0x40000000UL)");

	/*
	 * Every macro outside the shared, guarded common definitions starts
	 * with the prefix, include guards included: CMSIS-Core's processor
	 * configuration, unprefixed by nature, is left out (two devices in
	 * one translation unit would define it twice) unless --cmsis asks.
	 */
	for (const struct svd_output_file *f = g.output.files; f; f = f->next) {
		const char *text = f->content.data;

		if (strcmp(f->name, "dev_1_common.h") == 0)
			continue;
		for (const char *line = text; line && *line;
		     line = strchr(line, '\n') ? strchr(line, '\n') + 1
					       : NULL) {
			char name[128];

			if (strncmp(line, "#define ", 8) != 0)
				continue;
			defined_name(line, name, sizeof(name));
			defines++;
			if (strncmp(name, "X_", 2) != 0)
				fail_msg("%s defines %s", f->name, name);
		}
	}
	/* 3 guards, 7 addresses and pointers, 8 field macros. */
	assert_true(defines >= 18);
	generated_free(&g);
}

static void test_header_definitions_prefix(void **state)
{
	static const char svd[] =
	    "<device><name>Dev-1</name>"
	    "<headerDefinitionsPrefix>HDP_</headerDefinitionsPrefix>"
	    "<peripherals>" PERIPHERALS DEVICE_TAIL;
	struct generated g;
	const char *p;

	(void)state;
	generate_ok(&g, svd, NULL, false);
	p = file_text(&g, "dev_1_p_regs.h");
	assert_true(unit_has_line_prefix(p, "} HDP_P_Type;"));
	/* As SVDConv: the prefix names peripheral types, not clusters. */
	assert_true(unit_has_line_prefix(p, "} P_CL_Type;"));
	assert_true(unit_has_line_prefix(p, "\t__IOM P_CL_Type CL;"));
	assert_defined(p, "#define HDP_P_BASE (0x40000000UL)");
	assert_defined(p, "#define HDP_P ((HDP_P_Type *) HDP_P_BASE)");
	assert_defined(p, "#define HDP_Q ((HDP_P_Type *) HDP_Q_BASE)");
	assert_not_defined(p, "#define P_BASE (0x40000000UL)");
	assert_defined(file_text(&g, "dev_1.h"),
		       "#define HDP_RNG_BASE (0x50000000UL)");
	generated_free(&g);

	/* With --prefix too: the command line's prefix comes first. */
	generate_ok(&g, svd, "X_", false);
	p = file_text(&g, "dev_1_p_regs.h");
	assert_true(unit_has_line_prefix(p, "} X_HDP_P_Type;"));
	assert_defined(p, "#define X_HDP_P ((X_HDP_P_Type *) X_HDP_P_BASE)");
	generated_free(&g);
}

static void test_comment_terminator_neutralised(void **state)
{
	struct generated g;
	const char *line;

	(void)state;
	generate_ok(&g, cm4_svd, NULL, false);
	assert_non_null(strstr(unit_messages(&g.run),
			       ": warning: description contains '*/'; it is "
			       "emitted as '* /' [comment-terminator]\n"));
	line = strstr(file_text(&g, "dev_1_p_regs.h"), "\t__IOM uint32_t CR;");
	assert_non_null(line);
	/* The description's markers are split; the comment ends at the end. */
	assert_true(
	    strncmp(strstr(line, "Ends"), "Ends * / here / * x */\n", 23) == 0);
	/* Nowhere does a description open or close a comment early. */
	for (const struct svd_output_file *f = g.output.files; f; f = f->next)
		assert_null(strstr(f->content.data, "*/ here"));
	generated_free(&g);
}

static void test_output_is_deterministic(void **state)
{
	struct generated first, second;
	const struct svd_output_file *a, *b;
	size_t files = 0;

	(void)state;
	generate_ok(&first, cm4_svd, NULL, false);
	generate_ok(&second, cm4_svd, NULL, false);
	for (a = first.output.files, b = second.output.files; a && b;
	     a = a->next, b = b->next) {
		assert_string_equal(a->name, b->name);
		assert_int_equal(a->content.length, b->content.length);
		assert_memory_equal(a->content.data, b->content.data,
				    a->content.length);
		/* No absolute path of the input in the output. */
		assert_null(strstr(a->content.data, "/tmp/"));
		files++;
	}
	assert_null(a);
	assert_null(b);
	/* umbrella, SVDConv's DEV_1.h forwarding to it, common, two
	 * types with _regs. */
	assert_int_equal(files, 7);
	generated_free(&first);
	generated_free(&second);
}

static void test_failure_reported_with_location(void **state)
{
	struct generated g;
	const char *messages;

	(void)state;
	generate(&g,
		 "<device><name>D</name><peripherals>\n"
		 "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		 "<registers>\n"
		 "<register><name>R</name><addressOffset>0</addressOffset>"
		 "<fields><field><name>F</name><bitOffset>40</bitOffset>"
		 "</field></fields></register>\n"
		 "</registers></peripheral></peripherals></device>\n",
		 NULL, false);
	assert_int_equal(g.result, -1);
	messages = unit_messages(&g.run);
	/* The input's own path names the file. */
	assert_non_null(strstr(messages, ".svd:3: error: field 'F' (bits "
					 "40..40) does not fit the 32-bit "
					 "register 'R' [field-range]\n"));
	assert_null(g.output.files);
	generated_free(&g);
}

/*
 * Spellings SVDConv writes, each checked against SVDConv's own header for
 * this file: the enums of a %s list register in an alternateGroup, of a
 * register in a %s cluster list, a value with don't-care bits, a
 * peripheral array's base, and the view of a register renamed because
 * the U0 instance macro has its name.
 */
static void test_svdconv_spellings(void **state)
{
	static const char svd[] =
	    "<?xml version=\"1.0\"?>\n<device><name>Dev1</name>" CM4_CPU
	    "<peripherals><peripheral><name>DMA</name>"
	    "<baseAddress>0x40000000</baseAddress><registers>\n"
	    "<register><dim>2</dim><dimIncrement>0x20</dimIncrement>"
	    "<name>TCD%s_NB</name><addressOffset>0</addressOffset><fields>"
	    "<field><name>E</name><bitOffset>0</bitOffset><bitWidth>2</"
	    "bitWidth>"
	    "<enumeratedValues><enumeratedValue><name>OFF</name><value>0</"
	    "value>"
	    "</enumeratedValue><enumeratedValue><name>HIGH</name>"
	    "<value>#1x</value></enumeratedValue></enumeratedValues></field>"
	    "</fields></register>\n"
	    "<register><dim>2</dim><dimIncrement>0x20</dimIncrement>"
	    "<name>TCD%s_NBALT</name><alternateGroup>DMA</alternateGroup>"
	    "<addressOffset>0</addressOffset><fields><field><name>S</name>"
	    "<bitOffset>4</bitOffset><bitWidth>1</bitWidth><enumeratedValues>"
	    "<enumeratedValue><name>NO</name><value>0</value></enumeratedValue>"
	    "<enumeratedValue><name>YES</name><value>1</value>"
	    "</enumeratedValue></enumeratedValues></field></fields></"
	    "register>\n"
	    "<cluster><dim>2</dim><dimIncrement>0x10</dimIncrement>"
	    "<name>CH%s</name><addressOffset>0x80</addressOffset>"
	    "<register><name>CFG</name><addressOffset>0</addressOffset><fields>"
	    "<field><name>M</name><bitOffset>0</bitOffset><bitWidth>1</"
	    "bitWidth>"
	    "<enumeratedValues><name>MODE</name><enumeratedValue><name>A</name>"
	    "<value>0</value></enumeratedValue><enumeratedValue><name>B</name>"
	    "<value>1</value></enumeratedValue></enumeratedValues></field>"
	    "</fields></register></cluster>\n"
	    "<register><name>U0</name><addressOffset>0xA0</addressOffset>"
	    "<fields><field><name>G</name><bitOffset>0</bitOffset>"
	    "<bitWidth>1</bitWidth></field></fields></register>\n"
	    "</registers></peripheral>\n"
	    "<peripheral><dim>2</dim><dimIncrement>0x100</dimIncrement>"
	    "<name>U[%s]</name><baseAddress>0x40010000</baseAddress><registers>"
	    "<register><name>DR</name><addressOffset>0</addressOffset>"
	    "</register></registers></peripheral>\n"
	    "</peripherals></device>\n";
	struct generated g;
	const char *dma, *dma_regs;
	char *path = unit_write_temporary(svd);

	(void)state;
	unit_run_init(&g.run);
	g.run.context.options.source_name = "test.svd";
	g.run.context.options.bitfields = true;
	svd_output_init(&g.output);
	g.result = svd_generate(&g.run.context, path, &g.output);
	unlink(path);
	free(path);
	if (g.result != 0)
		fail_msg("svd_generate failed:\n%s", unit_messages(&g.run));
	dma = file_text(&g, "dev1_dma.h");
	dma_regs = file_text(&g, "dev1_dma_regs.h");
	assert_true(unit_has_line_prefix(
	    dma, "#define DMA_TCD_NB_TCD_NB_TCD0_NB_E_HIGH_2 "
		 "((DMA_TCD0_NB_E_Enum)0x2)"));
	assert_true(unit_has_line_prefix(
	    dma, "#define DMA_TCD_NB_TCD_NB_TCD1_NB_E_HIGH_3 "
		 "((DMA_TCD0_NB_E_Enum)0x3)"));
	assert_true(unit_has_line_prefix(
	    dma, "#define DMA_TCD_NBALT_DMA_TCD_NBALT_TCD0_NBALT_DMA_S_YES "
		 "((DMA_TCD0_NBALT_DMA_S_Enum)0x1)"));
	assert_true(unit_has_line_prefix(
	    dma, "typedef DMA_TCD0_NBALT_DMA_S_Enum "
		 "DMA_TCD_NBALT_DMA_TCD_NBALT_TCD1_NBALT_DMA_S_Enum;"));
	/* The spelling svdgen wrote before it followed SVDConv there. */
	assert_true(unit_has_line_prefix(
	    dma, "typedef DMA_TCD0_NBALT_DMA_S_Enum "
		 "DMA_TCD_NBALT_TCD_NBALT_TCD1_NBALT_S_Enum;"));
	assert_true(unit_has_line_prefix(
	    dma, "typedef DMA_CH_MODE_Enum DMA_CH_CFG_M_MODE_Enum;"));
	assert_true(unit_has_line_prefix(
	    dma, "#define DMA_CH_CFG_M_MODE_B ((DMA_CH_MODE_Enum)0x1)"));
	assert_non_null(strstr(dma_regs, "} U0__b;"));
	assert_non_null(strstr(dma_regs, "} U0_b;"));
	assert_true(unit_has_line_prefix(file_text(&g, "dev1_u_regs.h"),
					 "#define U_BASE (0x40010000UL) "));
	generated_free(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_files_emitted),
	    cmocka_unit_test(test_base_and_instance_macros),
	    cmocka_unit_test(test_struct_members_and_asserts),
	    cmocka_unit_test(test_field_position_and_mask),
	    cmocka_unit_test(test_irqn_cortex_m4),
	    cmocka_unit_test(test_irqn_cortex_m0_has_no_armv7m_exceptions),
	    cmocka_unit_test(test_irqn_risc_v_has_no_core_exceptions),
	    cmocka_unit_test(test_irqn_armv8m_secure_fault),
	    cmocka_unit_test(test_cpu_configuration_macros),
	    cmocka_unit_test(test_svdconv_spellings),
	    cmocka_unit_test(test_cmsis_includes),
	    cmocka_unit_test(test_prefix_applied_to_all_global_names),
	    cmocka_unit_test(test_header_definitions_prefix),
	    cmocka_unit_test(test_comment_terminator_neutralised),
	    cmocka_unit_test(test_output_is_deterministic),
	    cmocka_unit_test(test_failure_reported_with_location),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
