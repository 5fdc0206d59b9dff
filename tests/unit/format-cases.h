// SPDX-License-Identifier: MIT
/*
 * Cases for gen/format.c, each compared with the C library's vsnprintf.
 * FORMAT_CASE(format, arguments...) is defined by the includer: the cmocka
 * test on the build machine and tests/unit/format-cross.c under qemu-arm,
 * where argument sizes differ (a 32-bit size_t and long beside 64-bit long
 * long), which is where a wrong va_arg type shows.
 */
FORMAT_CASE("plain text, no conversion")
FORMAT_CASE("%%")
FORMAT_CASE("100%% [%s]", "sure")
FORMAT_CASE("[%s|%s]", "a", "")
FORMAT_CASE("[%10s|%-10s|%.3s|%-6.2s|%*s|%-*s]", "right", "left", "precision",
	    "xyz", 7, "star", 7, "star")
FORMAT_CASE("[%.*s|%*.*s]", 2, "abcdef", -6, 3, "abcdef")
FORMAT_CASE("[%.*s]", -1, "negative precision means none")
FORMAT_CASE("[%c|%5c|%-5c|%c]", 'a', 'b', 'c', 0x41)
FORMAT_CASE("[%d|%i|%d|%d]", 0, -1, INT_MAX, INT_MIN)
FORMAT_CASE("[%u|%u|%x|%X|%x]", 0u, UINT_MAX, 0xdeadbeefu, 0xdeadbeefu, 0u)
FORMAT_CASE("[%5d|%-5d|%05d|%05d|%-05d|%0*d]", 42, 42, 42, -42, 42, 6, -7)
FORMAT_CASE("[%.3u|%.0u|%.0d|%5.0x|%.5d|%08.3d|%-8.3x]", 7u, 0u, 0, 0u, -12, 34,
	    0xabu)
FORMAT_CASE("[%08X|%#x|%+d|% d]", 0x1fu, 0x1fu, 5, 5)
FORMAT_CASE("[%ld|%lu|%lx|%ld]", LONG_MIN, ULONG_MAX, 0x7fffffffL, -3L)
FORMAT_CASE("[%lld|%llu|%llX|%lld]", LLONG_MIN, ULLONG_MAX,
	    0x0123456789ABCDEFULL, 9LL)
FORMAT_CASE("[%zu|%d]", (size_t)42, 7)
FORMAT_CASE("[%zu|%zx|%zd|%d]", SIZE_MAX, (size_t)0xffff, (size_t)5, 8)
FORMAT_CASE("[%ju|%jd|%jx|%d]", UINTMAX_MAX, INTMAX_MIN, (uintmax_t)255, 9)
FORMAT_CASE("[%hhx|%hhu|%hhd|%hx|%hu|%hd|%d]", 0x1ff, 511, 255, 0x1ffff, 65537,
	    32768, 10)
FORMAT_CASE("[%s|%p|%d]", "pointer", (void *)0x1234, 11)
FORMAT_CASE("[%p|%p|%d]", (void *)0, (void *)~(uintptr_t)0, 13)
FORMAT_CASE("[%20p|%-20p|%d]", (void *)0xabc, (void *)0, 14)
FORMAT_CASE("[%o|%e|%d]", 8u, 1.5, 12)
FORMAT_CASE("[%3%]")
