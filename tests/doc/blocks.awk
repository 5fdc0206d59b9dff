# SPDX-License-Identifier: MIT
# Print fenced code blocks of a Markdown file, so that tests run the
# commands the documentation shows exactly as written.
#
#   awk -v info=sh -v number=N -f blocks.awk FILE.md
#
# prints the body of the Nth block (counting from 1) whose info string,
# the text after the opening ```, is exactly `info'; number=0 prints every
# such block, in order. A block fenced ```sh board (or any other word
# after sh) is a different info string, so it is not printed with
# info=sh: that is how a page marks commands a test cannot run.
BEGIN {
	inside = 0
	count = 0
}
/^```/ {
	if (inside) {
		inside = 0
		next
	}
	inside = 1
	fence_info = substr($0, 4)
	sub(/[ \t]+$/, "", fence_info)
	wanted = 0
	if (fence_info == info) {
		count++
		wanted = (number == 0 || count == number)
	}
	next
}
inside && wanted {
	print
}
