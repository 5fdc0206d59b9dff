# SPDX-License-Identifier: MIT
# The fuzz target: libFuzzer with ASan and UBSan, built by 'make fuzz'
# (clang only, so not part of 'make all'); fuzz/run.sh runs it for a
# bounded time from the test inputs as seeds.
fuzz_pipeline_sources = fuzz/fuzz-svdgen.c $(gen_libsvdgen_a_SOURCES:%.h=) \
	$(gen_libsvdgen_parse_a_SOURCES)
EXTRA_DIST += fuzz/fuzz-svdgen.c fuzz/svd.dict fuzz/run.sh fuzz/compile.sh
fuzz/fuzz-svdgen: $(filter %.c,$(fuzz_pipeline_sources:%=$(srcdir)/%))
	$(AM_V_CCLD)$(CLANG) -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -I$(srcdir)/gen -I$(top_builddir) \
	$(LIBXML2_CFLAGS) $^ $(LIBXML2_LIBS) -o $@
# The same harness as a plain program reading one input on stdin, for
# AFL++ (CC=afl-clang-fast) and for replaying a crash.
fuzz/fuzz-svdgen-stdin: $(filter %.c,$(fuzz_pipeline_sources:%=$(srcdir)/%))
	$(AM_V_CCLD)$(CC) -g -O1 -DSVDGEN_FUZZ_STDIN -I$(srcdir)/gen \
	-I$(top_builddir) $(LIBXML2_CFLAGS) $^ $(LIBXML2_LIBS) -o $@
fuzz: fuzz/fuzz-svdgen fuzz/fuzz-svdgen-stdin
.PHONY: fuzz
CLEANFILES += fuzz/fuzz-svdgen fuzz/fuzz-svdgen-stdin
