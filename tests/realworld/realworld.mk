# SPDX-License-Identifier: MIT
# Real code written against SVDConv's headers, built against svdgen's: an
# RP2040 bare-metal project and Nordic's nrfx drivers. The code is not part
# of the repository; the tests skip unless the environment names it
# (RP2040_PROJECT; NRFX_DIR and CMSIS_INCLUDE_DIR), see
# tests/svdconv/README.md.
TESTS += tests/realworld/rp2040-project.sh tests/realworld/nrfx-drivers.sh
EXTRA_DIST += tests/realworld/rp2040-project.sh \
	tests/realworld/nrfx-drivers.sh
tests/realworld/rp2040-project.log: svdgen$(EXEEXT)
tests/realworld/nrfx-drivers.log: svdgen$(EXEEXT)
