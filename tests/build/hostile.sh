#!/bin/sh
# SPDX-License-Identifier: MIT
# SVDs are untrusted input: text an SVD chooses may reach the headers only
# as identifiers or comment text. Compile what hostile SVDs generate and
# check that no macro or declaration they try to inject exists, that the
# register writes they try to disable still reach memory, and that names
# of the C library and of svdgen's own macros do not break the headers.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
cc=${CC:-cc}
make_tmp
cd "$tmp" || exit 99

# The device name ends the banner comment and defines SVDGEN_WRITE32 as a
# no-op; with --cmsis it also tries to leave the system_ include line.
cp "$srcdir/tests/errors/warn-device-name-injection.svd" hostile.svd
check "svdgen --cmsis on the hostile name" \
	'"$svdgen" --cmsis hostile.svd -o out 2>>errors'
umbrella=$(grep -l '^ \* .*: device header$' out/*.h)
check "one umbrella header" '[ $(printf "%s\n" "$umbrella" | wc -l) -eq 1 ]'
# CMSIS-Core is not here: empty stand-ins for the headers --cmsis names.
mkdir stubs
for name in $(sed -n 's/^#include "\(.*\)"$/\1/p' out/*.h); do
	[ -e "out/$name" ] || (: >"stubs/$name") 2>/dev/null
done
check "the CM0+ revision macro is __CM0PLUS_REV" \
	'grep -Eqx "#define __CM0PLUS_REV 0x0001U( /\*!< core revision \*/)?" "$umbrella"'
# Every header: accessors live in the peripherals' own headers.
for header in out/*.h; do
	printf '#include "%s"\n' "$header"
done >main.c
cat >>main.c <<EOT
#if defined(SVDGEN_WRITE32_INJECTED) || defined(SVDGEN_READ32_INJECTED)
#error a macro the SVD chose is defined
#endif
/* A different type than the injected declaration: an error if it exists. */
double injected_declaration;
int main(void)
{
	static uint32_t memory[1];
	P_Type *p = (P_Type *)memory;

	P_R_write(p, 0x12345678u);
	return memory[0] == 0x12345678u && P_R_read(p) == 0x12345678u ? 0 : 1;
}
EOT
check "the header compiles and defines nothing the SVD chose" \
	'$cc -std=c99 -Wall -Wextra -Werror -pedantic -Iout -Istubs main.c \
		-o main 2>>errors'
check "register writes reach memory" './main'

# A device name too long for a file name (found by fuzz/compile.sh): the
# system_ header --cmsis includes is named within the file name limit.
long=$(head -c 300 /dev/zero | tr '\0' D)
sed "s|<name>P</name>|<name>P</name>|; 1,/<name>/s|<name>X[^<]*|<name>$long|" \
	hostile.svd | sed '/^#define\|^\/\* D.h\|^char injected\|^#include "x/d' >long.svd
check "svdgen --cmsis on a 300-character device name" \
	'"$svdgen" --cmsis long.svd -o long 2>>errors'
check "its system_ header name fits a file name" \
	'name=$(sed -n "s/^#include \"\(system_.*\)\"$/\1/p" long/*.h) &&
	 [ -n "$name" ] && [ ${#name} -le 120 ]'

# Names of the C library and of svdgen's macros, as peripheral, register
# and field names: renamed, and the headers compile next to the library.
cp "$srcdir/tests/errors/warn-reserved-names.svd" reserved.svd
check "svdgen on reserved names" \
	'"$svdgen" reserved.svd -o reserved 2>>errors'
cat >library.c <<EOT
#include <assert.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
$(for header in reserved/*.h; do printf '#include "%s"\n' "${header#*/}"; done)
int main(void)
{
	static uint32_t memory[1];

	EOF__EOF___write((EOF__Type *)memory, 1);
	assert(memory[0] == 1);
	return errno == 0 && EOF == -1 ? 0 : 1;
}
EOT
check "the headers compile after the C library's" \
	'$cc -std=c99 -Wall -Wextra -Werror -pedantic -Ireserved library.c \
		-o library 2>>errors'
check "and run" './library'

[ $failed -eq 0 ] || cat errors 2>/dev/null
report_checks
