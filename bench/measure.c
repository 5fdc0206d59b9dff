// SPDX-License-Identifier: MIT
/*
 * Run one command and print its wall time and peak memory, for
 * bench/run.sh: the line "SECONDS MAXRSS_KB STATUS CPU_SECONDS", where
 * SECONDS is the monotonic wall time from fork to reaping (microsecond
 * resolution), MAXRSS_KB the child's ru_maxrss from wait4(), STATUS its
 * exit status (128 + N when killed by signal N) and CPU_SECONDS its user
 * plus system time, which other load on the machine disturbs less. The command's standard
 * output and error go to /dev/null, so neither tool pays for a terminal.
 * Usage: measure COMMAND [ARGUMENT]...
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Seconds since an arbitrary fixed point, from the monotonic clock. */
static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A struct timeval in seconds. */
static double seconds(const struct timeval *tv)
{
	return (double)tv->tv_sec + (double)tv->tv_usec / 1e6;
}

int main(int argc, char **argv)
{
	struct rusage usage;
	double start, end;
	int status, null;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: measure COMMAND [ARGUMENT]...\n");
		return 2;
	}
	start = now();
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "measure: fork: %s\n", strerror(errno));
		return 1;
	}
	if (pid == 0) {
		null = open("/dev/null", O_WRONLY);
		if (null >= 0) {
			dup2(null, STDOUT_FILENO);
			dup2(null, STDERR_FILENO);
		}
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	while (wait4(pid, &status, 0, &usage) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "measure: wait4: %s\n",
				strerror(errno));
			return 1;
		}
	}
	end = now();
	printf("%.6f %ld %d %.6f\n", end - start, usage.ru_maxrss,
	       WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
	       seconds(&usage.ru_utime) + seconds(&usage.ru_stime));
	return 0;
}
