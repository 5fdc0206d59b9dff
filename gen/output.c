// SPDX-License-Identifier: MIT
/* O_TMPFILE and copy_file_range, where the C library has them. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "output.h"
#include "format.h"
#include "names.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

static bool spill_piece(struct svd_output_file *file);

/*
 * Once a file's buffer holds this much, the next time it is full its text
 * goes to its unnamed file instead of a bigger buffer (so a piece is up to
 * twice this): the largest headers (3 MB) would otherwise hold megabytes
 * at the run's peak, and copy them on every doubling.
 */
#define SPILL_PIECE_SIZE (128 * 1024)

void svd_buffer_reserve(struct svd_buffer *buffer, size_t extra)
{
	size_t capacity = buffer->capacity ? buffer->capacity : 4096;
	char *data;

	if (buffer->length + extra + 1 <= buffer->capacity)
		return;
	if (buffer->file && buffer->length >= SPILL_PIECE_SIZE &&
	    spill_piece(buffer->file) &&
	    buffer->length + extra + 1 <= buffer->capacity)
		return;
	while (capacity < buffer->length + extra + 1)
		capacity *= 2;
	data = realloc(buffer->data, capacity);
	if (!data) {
		fputs("svdgen: out of memory\n", stderr);
		abort();
	}
	buffer->data = data;
	buffer->capacity = capacity;
}

void svd_buffer_put_decimal(struct svd_buffer *buffer, uint64_t value)
{
	char text[SVD_NUMBER_TEXT_SIZE];

	svd_buffer_append(buffer, text,
			  svd_format_unsigned(text, value, 10, 1));
}

void svd_buffer_put_hex(struct svd_buffer *buffer, uint64_t value,
			unsigned digits)
{
	char text[SVD_NUMBER_TEXT_SIZE] = "0x";

	svd_buffer_append(buffer, text,
			  2 + svd_format_unsigned(text + 2, value, 16, digits));
}

void svd_buffer_printf(struct svd_buffer *buffer, const char *format, ...)
{
	size_t room, length;
	va_list args;

	/* Format straight into the spare room; grow and redo if short. */
	if (buffer->capacity - buffer->length < 256)
		svd_buffer_reserve(buffer, 256);
	room = buffer->capacity - buffer->length;
	va_start(args, format);
	length = svd_vformat(buffer->data + buffer->length, room, format, args);
	va_end(args);
	if (length >= room) {
		svd_buffer_reserve(buffer, length + 1);
		va_start(args, format);
		svd_vformat(buffer->data + buffer->length,
			    buffer->capacity - buffer->length, format, args);
		va_end(args);
	}
	buffer->length += length;
}

#define SPARE_COUNT                                                            \
	(sizeof(((struct svd_output *)0)->spare) /                             \
	 sizeof(((struct svd_output *)0)->spare[0]))

/*
 * The unnamed files opened ahead: made of wanted, the first taken of them
 * handed out. Until svd_output_expect says how many files are coming the
 * thread opens as many as the caller guessed and waits: every file opened
 * for nothing costs what a needed one does. Once the count is known it
 * opens the rest, or closes what it opened too many, and ends; it also
 * ends at stop, or when an open fails.
 */
struct svd_output_opener {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	char *directory;
	int *fds;     /* limit of them */
	size_t limit; /* the spill limit */
	size_t made, taken, wanted;
	bool expected; /* wanted is the count svd_output_expect gave */
	bool stop;
	bool done; /* the thread opens no more */
};

static int open_unnamed(char **directory);

static void *open_ahead(void *argument)
{
	struct svd_output_opener *opener = argument;
	size_t extra, first_extra;

	pthread_mutex_lock(&opener->lock);
	while (!opener->stop) {
		int fd;

		if (opener->made >= opener->wanted) {
			if (opener->expected)
				break;
			pthread_cond_wait(&opener->changed, &opener->lock);
			continue;
		}
		pthread_mutex_unlock(&opener->lock);
		fd = open_unnamed(&opener->directory);
		pthread_mutex_lock(&opener->lock);
		if (fd < 0)
			break;
		opener->fds[opener->made++] = fd;
		pthread_cond_broadcast(&opener->changed);
	}
	/* Too many, by the count: closed here, not by the main thread. */
	extra = opener->made;
	if (opener->expected && !opener->stop && opener->made > opener->wanted)
		opener->made = opener->wanted > opener->taken ? opener->wanted
							      : opener->taken;
	first_extra = opener->made;
	opener->done = true;
	pthread_cond_broadcast(&opener->changed);
	pthread_mutex_unlock(&opener->lock);
	for (size_t i = first_extra; i < extra; i++)
		close(opener->fds[i]);
	return NULL;
}

int svd_start_thread(pthread_t *thread, void *(*start)(void *), void *argument)
{
	sigset_t all, old;
	int result;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	result = pthread_create(thread, NULL, start, argument);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return result;
}

/*
 * Start opening unnamed files in directory: guess of them until the count
 * is known, never more than limit; NULL if not.
 */
static struct svd_output_opener *start_opener(const char *directory,
					      unsigned limit, size_t guess)
{
	struct svd_output_opener *opener = calloc(1, sizeof(*opener));

	if (!opener || !limit)
		goto none;
	opener->directory = strdup(directory);
	opener->fds = malloc(limit * sizeof(*opener->fds));
	opener->limit = limit;
	opener->wanted = guess < limit ? guess : limit;
	if (!opener->directory || !opener->fds)
		goto none;
	if (pthread_mutex_init(&opener->lock, NULL) != 0)
		goto none;
	if (pthread_cond_init(&opener->changed, NULL) != 0) {
		pthread_mutex_destroy(&opener->lock);
		goto none;
	}
	if (svd_start_thread(&opener->thread, open_ahead, opener) != 0) {
		pthread_cond_destroy(&opener->changed);
		pthread_mutex_destroy(&opener->lock);
		goto none;
	}
	return opener;
none:
	if (opener) {
		free(opener->directory);
		free(opener->fds);
		free(opener);
	}
	return NULL;
}

/* Stop the opener and close what it opened that nobody took. */
static void stop_opener(struct svd_output_opener *opener)
{
	if (!opener)
		return;
	pthread_mutex_lock(&opener->lock);
	opener->stop = true;
	pthread_cond_broadcast(&opener->changed);
	pthread_mutex_unlock(&opener->lock);
	pthread_join(opener->thread, NULL);
	for (size_t i = opener->taken; i < opener->made; i++)
		close(opener->fds[i]);
	pthread_cond_destroy(&opener->changed);
	pthread_mutex_destroy(&opener->lock);
	free(opener->directory);
	free(opener->fds);
	free(opener);
}

/*
 * The next unnamed file the opener made, waiting for it while the opener
 * works; when it is done, one opened here; -1 when none can be.
 */
static int take_unnamed(struct svd_output *output)
{
	struct svd_output_opener *opener = output->opener;
	int fd = -1;
	bool mine;

	if (!opener)
		return open_unnamed(&output->spill_directory);
	pthread_mutex_lock(&opener->lock);
	while (opener->taken == opener->made && !opener->done &&
	       opener->made < opener->wanted)
		pthread_cond_wait(&opener->changed, &opener->lock);
	if (opener->taken < opener->made)
		fd = opener->fds[opener->taken++];
	mine = fd < 0;
	pthread_mutex_unlock(&opener->lock);
	/* More files than expected, or the opener failed: open one here,
	 * as without it. */
	if (mine)
		fd = open_unnamed(&output->spill_directory);
	return fd;
}

void svd_output_expect(struct svd_output *output, size_t count)
{
	struct svd_output_opener *opener = output->opener;

	if (!opener)
		return;
	pthread_mutex_lock(&opener->lock);
	opener->wanted = count < opener->limit ? count : opener->limit;
	opener->expected = true;
	pthread_cond_broadcast(&opener->changed);
	pthread_mutex_unlock(&opener->lock);
}

void svd_output_init(struct svd_output *output)
{
	output->files = NULL;
	output->tail = &output->files;
	output->spill_directory = NULL;
	output->spill_failed = false;
	output->spill_limit = 0;
	output->spill_files = 0;
	output->shared_fd = -1;
	output->shared_length = 0;
	output->opener = NULL;
	for (size_t i = 0; i < SPARE_COUNT; i++)
		output->spare[i] = (struct svd_buffer){0};
}

/* Keep content's memory for a later file, or free it. */
static void keep_spare(struct svd_output *output, struct svd_buffer *content)
{
	struct svd_buffer *smallest = &output->spare[0];

	for (size_t i = 1; i < SPARE_COUNT; i++)
		if (output->spare[i].capacity < smallest->capacity)
			smallest = &output->spare[i];
	if (smallest->capacity < content->capacity) {
		free(smallest->data);
		*smallest = *content;
		smallest->length = 0;
	} else {
		free(content->data);
	}
	content->data = NULL;
	content->length = 0;
	content->capacity = 0;
}

struct svd_buffer *svd_output_add(struct svd_output *output, const char *name)
{
	struct svd_output_file *file = calloc(1, sizeof(*file));

	if (!file || !(file->name = strdup(name)))
		abort();
	file->output = output;
	file->spill_fd = -1;
	for (size_t i = 0; i < SPARE_COUNT; i++) {
		if (output->spare[i].data) {
			file->content = output->spare[i];
			file->content.data[0] = '\0';
			output->spare[i] = (struct svd_buffer){0};
			break;
		}
	}
	file->content.file = file;
	*output->tail = file;
	output->tail = &file->next;
	return &file->content;
}

void svd_output_free(struct svd_output *output)
{
	struct svd_output_file *file = output->files;

	stop_opener(output->opener);

	while (file) {
		struct svd_output_file *next = file->next;

		free(file->name);
		free(file->content.data);
		if (file->spill_fd >= 0 && !file->spill_shared)
			close(file->spill_fd);
		free(file);
		file = next;
	}
	if (output->shared_fd >= 0)
		close(output->shared_fd);
	for (size_t i = 0; i < SPARE_COUNT; i++)
		free(output->spare[i].data);
	free(output->spill_directory);
	svd_output_init(output);
}

/*
 * At most this many files get an unnamed file of their own (the commit
 * links those in without copying); a quarter of the descriptor limit, so
 * the commit and the caller keep plenty.
 */
static unsigned own_spill_limit(void)
{
	struct rlimit limit;
	rlim_t quarter = 256;

	if (getrlimit(RLIMIT_NOFILE, &limit) == 0 &&
	    limit.rlim_cur != RLIM_INFINITY)
		quarter = limit.rlim_cur / 4;
	return quarter > 256 ? 256 : (unsigned)quarter;
}

void svd_output_spill_to(struct svd_output *output, const char *directory)
{
	free(output->spill_directory);
	output->spill_directory = strdup(directory);
	if (!output->spill_directory)
		abort();
	output->spill_failed = false;
	output->spill_limit = own_spill_limit();
	stop_opener(output->opener);
	output->opener = NULL;
}

void svd_output_expect_at_least(struct svd_output *output, size_t count)
{
	struct svd_output_opener *opener = output->opener;

	if (!opener)
		return;
	pthread_mutex_lock(&opener->lock);
	if (count > opener->limit)
		count = opener->limit;
	if (!opener->expected && count > opener->wanted) {
		opener->wanted = count;
		pthread_cond_broadcast(&opener->changed);
	}
	pthread_mutex_unlock(&opener->lock);
}

void svd_output_open_ahead(struct svd_output *output, size_t guess)
{
	if (output->spill_directory && !output->opener && guess)
		output->opener = start_opener(output->spill_directory,
					      output->spill_limit, guess);
}

/* Write all of length bytes of text to fd; false on failure. */
static bool write_all(int fd, const char *text, size_t length)
{
	while (length) {
		ssize_t done = write(fd, text, length);

		if (done < 0 && errno == EINTR)
			continue;
		if (done <= 0)
			return false;
		text += done;
		length -= (size_t)done;
	}
	return true;
}

/*
 * An unnamed file on the file system of *directory (malloc'd), or of its
 * nearest existing ancestor when it is still to be made (mkdir makes it on
 * that same file system, so the commit can link the file into it); -1 when
 * there is none. The folder is made at the commit: *directory becomes the
 * ancestor that took the file, so that later files are opened there at
 * once.
 */
static int open_unnamed(char **directory)
{
#ifdef O_TMPFILE
	char *folder = strdup(*directory);
	int fd = -1;

	if (!folder)
		abort();
	for (;;) {
		char *parent;

		fd = open(folder, O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
		if (fd >= 0 || errno != ENOENT || strcmp(folder, ".") == 0 ||
		    strcmp(folder, "/") == 0)
			break;
		parent = svd_output_folder(folder);
		free(folder);
		folder = parent;
	}
	if (fd >= 0 && strcmp(folder, *directory) != 0) {
		free(*directory);
		*directory = folder;
		folder = NULL;
	}
	free(folder);
	return fd;
#else
	(void)directory;
	return -1;
#endif
}

/*
 * Move what file holds in memory to its own unnamed file, opened on first
 * use; false when there is none (too many, or no spill directory) or the
 * write failed: then the text stays in memory, and a failed write leaves
 * the commit to meet the same trouble and report it.
 */
static bool spill_piece(struct svd_output_file *file)
{
	struct svd_output *output = file->output;
	struct svd_buffer *content = &file->content;

	if (!output->spill_directory || output->spill_failed ||
	    file->spill_shared)
		return false;
	if (file->spill_fd < 0) {
		if (output->spill_files >= output->spill_limit)
			return false;
		file->spill_fd = take_unnamed(output);
		if (file->spill_fd < 0) {
			output->spill_failed = true;
			return false;
		}
		output->spill_files++;
	}
	/*
	 * A write failing half-way leaves bytes past spilled in the unnamed
	 * file: only the first spilled bytes count, and as the text is then
	 * not all there, the commit copies it rather than linking the file.
	 */
	if (!write_all(file->spill_fd, content->data, content->length)) {
		output->spill_failed = true;
		return false;
	}
	file->spilled += content->length;
	content->length = 0;
	if (content->data)
		content->data[0] = '\0';
	return true;
}

/* Append file's text to the shared unnamed file; false on failure. */
static bool spill_shared(struct svd_output *output,
			 struct svd_output_file *file)
{
	struct svd_buffer *content = &file->content;

	if (output->shared_fd < 0 &&
	    (output->shared_fd = open_unnamed(&output->spill_directory)) < 0)
		return false;
	if (!write_all(output->shared_fd, content->data, content->length))
		return false;
	file->spill_fd = output->shared_fd;
	file->spill_shared = true;
	file->spill_offset = output->shared_length;
	file->spilled = content->length;
	output->shared_length += content->length;
	content->length = 0;
	return true;
}

void svd_output_finish(struct svd_output *output, struct svd_buffer *content)
{
	struct svd_output_file *file = content->file;

	if (!file || file->output != output || !content->data ||
	    !output->spill_directory || output->spill_failed)
		return;
	if (file->spill_fd >= 0 || output->spill_files < output->spill_limit) {
		if (!spill_piece(file))
			return;
	} else if (!spill_shared(output, file)) {
		output->spill_failed = true;
		return;
	}
	keep_spare(output, content);
}

/*
 * What a failed or interrupted run must undo, in reverse order: temporary
 * files, the lock file, folders it created. A static table, allocated
 * before the first entry is added, so the signal handler can walk it
 * without allocating.
 */
struct undo_entry {
	char *path;
	bool directory;
	volatile sig_atomic_t active;
};

static struct undo_entry *undo_entries;
static volatile sig_atomic_t undo_count;
static size_t undo_capacity;

static void undo_add(char *path, bool directory)
{
	struct undo_entry *entry;

	if ((size_t)undo_count >= undo_capacity)
		abort(); /* sized beforehand: a bug, not an input error */
	entry = &undo_entries[undo_count];
	entry->path = path;
	entry->directory = directory;
	entry->active = 1;
	undo_count = undo_count + 1;
}

/* Async-signal-safe: unlink and rmdir only. */
static void undo_all(void)
{
	for (sig_atomic_t i = undo_count; i-- > 0;) {
		struct undo_entry *entry = &undo_entries[i];

		if (!entry->active)
			continue;
		entry->active = 0;
		if (entry->directory)
			rmdir(entry->path);
		else
			unlink(entry->path);
	}
}

static const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define CLEANUP_SIGNAL_COUNT                                                   \
	(sizeof(cleanup_signals) / sizeof(cleanup_signals[0]))

/* Interrupted: leave the folders as they were, then die of the signal. */
static void cleanup_and_die(int signal_number)
{
	undo_all();
	signal(signal_number, SIG_DFL);
	raise(signal_number);
}

/*
 * Hold the cleanup signals back while something is made and entered in
 * the undo table, so that nothing made escapes the table.
 */
static void hold_signals(sigset_t *old_mask)
{
	sigset_t block;

	sigemptyset(&block);
	for (size_t i = 0; i < CLEANUP_SIGNAL_COUNT; i++)
		sigaddset(&block, cleanup_signals[i]);
	sigprocmask(SIG_BLOCK, &block, old_mask);
}

static void release_signals(const sigset_t *old_mask)
{
	sigprocmask(SIG_SETMASK, old_mask, NULL);
}

/* The length of f's text, spilled and in memory. */
static uint64_t content_length(const struct svd_output_file *f)
{
	return f->spilled + f->content.length;
}

/*
 * Read size bytes of f's text at offset into chunk (fewer only at its
 * end), from its unnamed file or from memory; returns the count, -1 on
 * error.
 */
static ssize_t read_content(const struct svd_output_file *f, uint64_t offset,
			    char *chunk, size_t size)
{
	size_t done = 0;

	while (done < size && offset < f->spilled) {
		uint64_t left = f->spilled - offset;
		size_t want = size - done < left ? size - done : (size_t)left;
		ssize_t got = pread(f->spill_fd, chunk + done, want,
				    (off_t)(f->spill_offset + offset));

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return -1;
		done += (size_t)got;
		offset += (uint64_t)got;
	}
	if (done < size && offset < content_length(f)) {
		size_t start = (size_t)(offset - f->spilled);
		size_t left = f->content.length - start;
		size_t count = size - done < left ? size - done : left;

		memcpy(chunk + done, f->content.data + start, count);
		done += count;
	}
	return (ssize_t)done;
}

/* True when path is a regular file holding exactly f's content. */
static bool same_content(const char *path, const struct svd_output_file *f)
{
	uint64_t length = content_length(f);
	char mine[65536];
	/* O_NONBLOCK: a FIFO swapped in since the check must not hang us. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat status;
	char chunk[65536];
	uint64_t position = 0;
	ssize_t got;
	bool same = true;

	if (fd < 0)
		return false;
	if (fstat(fd, &status) < 0 || !S_ISREG(status.st_mode) ||
	    (uint64_t)status.st_size != length) {
		close(fd);
		return false;
	}
	while (same && (got = read(fd, chunk, sizeof(chunk))) > 0) {
		if (position + (uint64_t)got > length ||
		    read_content(f, position, mine, (size_t)got) != got ||
		    memcmp(chunk, mine, (size_t)got) != 0)
			same = false;
		position += (size_t)got;
	}
	close(fd);
	return same && position == length;
}

static char *join_path(const char *directory, const char *name)
{
	size_t length = strlen(directory) + strlen(name) + 2;
	char *path = malloc(length);

	if (!path)
		abort();
	snprintf(path, length, "%s/%s", directory, name);
	return path;
}

/*
 * True when a later file's name differs from f's only in case and both
 * paths are already one file: the file system ignores case, and writing f
 * would replace the later one.
 */
static bool same_file_as_later(const char *directory,
			       const struct svd_output_file *f)
{
	for (const struct svd_output_file *g = f->next; g; g = g->next) {
		char *path, *other;
		struct stat a, b;
		bool same;

		if (strcasecmp(f->name, g->name) != 0 ||
		    strcmp(f->name, g->name) == 0)
			continue;
		path = join_path(directory, f->name);
		other = join_path(directory, g->name);
		same = stat(path, &a) == 0 && stat(other, &b) == 0 &&
		       a.st_dev == b.st_dev && a.st_ino == b.st_ino;
		free(path);
		free(other);
		if (same)
			return true;
	}
	return false;
}

/* Whether f's unnamed file holds all its text, and only that. */
static bool is_linkable(const struct svd_output_file *f)
{
#ifdef O_TMPFILE
	return f->spill_fd >= 0 && !f->spill_shared && !f->content.length;
#else
	(void)f;
	return false;
#endif
}

/*
 * Give f's unnamed file the name path, which must not exist; 0, or -1
 * with errno set.
 */
static int link_unnamed(const struct svd_output_file *f, const char *path)
{
	char source[64];

	snprintf(source, sizeof(source), "/proc/self/fd/%d", f->spill_fd);
	return linkat(AT_FDCWD, source, AT_FDCWD, path, AT_SYMLINK_FOLLOW);
}

/*
 * Give f's unnamed file a temporary name in directory (the commit renames
 * it); returns the name, or NULL when the file system or a missing /proc
 * does not allow it, and the content is to be written out instead.
 */
static char *link_temporary(const char *directory,
			    const struct svd_output_file *f)
{
#ifdef O_TMPFILE
	static unsigned counter;
	size_t length = strlen(directory) + strlen(f->name) + 16;
	char *path = malloc(length);

	if (!path)
		abort();
	for (int attempt = 0; attempt < 100; attempt++) {
		sigset_t old_mask;
		int linked, error;

		/* Like mkstemp's names; a name taken is tried again. */
		snprintf(
		    path, length, "%s/.%s.%06x", directory, f->name,
		    ((unsigned)getpid() * 2654435761u + counter++ * 40503u) &
			0xffffffu);
		hold_signals(&old_mask);
		linked = link_unnamed(f, path);
		error = errno;
		if (linked == 0)
			undo_add(path, false);
		release_signals(&old_mask);
		if (linked == 0)
			return path;
		if (error != EEXIST)
			break;
	}
	free(path);
#else
	(void)directory;
	(void)f;
#endif
	return NULL;
}

/* Write f's content to stream; false on failure. */
static bool put_content(FILE *stream, const struct svd_output_file *f)
{
	char chunk[65536];
	uint64_t position = 0;

	if (f->spill_fd < 0)
		return !f->content.length ||
		       fwrite(f->content.data, 1, f->content.length, stream) ==
			   f->content.length;
	while (position < content_length(f)) {
		ssize_t got = read_content(f, position, chunk, sizeof(chunk));

		if (got <= 0 ||
		    fwrite(chunk, 1, (size_t)got, stream) != (size_t)got)
			return false;
		position += (uint64_t)got;
	}
	return true;
}

/* Write f to a new temporary file in directory; returns its path. */
static char *write_temporary(const char *directory,
			     const struct svd_output_file *f,
			     struct svd_diagnostics *diag)
{
	const char *name = f->name;
	char *template;
	size_t length = strlen(directory) + strlen(name) + 16;
	sigset_t old_mask;
	FILE *stream;
	int fd;

	/* Linked in as it is when it holds all the text, and only that. */
	if (is_linkable(f) && (template = link_temporary(directory, f)))
		return template;
	template = malloc(length);
	if (!template)
		abort();
	snprintf(template, length, "%s/.%s.XXXXXX", directory, name);
	hold_signals(&old_mask);
	fd = mkstemp(template);
	if (fd >= 0)
		undo_add(template, false);
	release_signals(&old_mask);
	if (fd < 0) {
		svd_report(diag, SVD_CHECK_IO, NULL, "cannot create %s: %s",
			   template, strerror(errno));
		free(template);
		return NULL;
	}
	/* mkstemp makes 0600; a header is ordinary data. */
	{
		mode_t mask = umask(0);

		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	stream = fdopen(fd, "wb");
	if (!stream || !put_content(stream, f) || fclose(stream) != 0) {
		svd_report(diag, SVD_CHECK_IO, NULL, "cannot write %s: %s",
			   template, strerror(errno));
		if (!stream)
			close(fd);
		/* Removed here, so the undo table need not own it. */
		hold_signals(&old_mask);
		undo_entries[undo_count - 1].active = 0;
		unlink(template);
		release_signals(&old_mask);
		free(template);
		return NULL;
	}
	return template;
}

/*
 * Make directory and any missing parents, recording each one made so a
 * failure can remove it again; *made_here says whether directory itself
 * was.
 * Returns 0 or -1 after reporting.
 */
static int make_directories(const char *directory, bool *made_here,
			    struct svd_diagnostics *diag)
{
	char *path = strdup(directory);
	struct stat status;
	int result = 0;

	*made_here = false;
	if (!path)
		abort();
	for (char *slash = path; result == 0; slash++) {
		char *made;
		sigset_t old_mask;
		bool last;
		int error = 0;

		slash += strspn(slash, "/");
		slash += strcspn(slash, "/");
		last = *slash == '\0' || slash[strspn(slash, "/")] == '\0';
		*slash = '\0';
		made = strdup(path);
		if (!made)
			abort();
		hold_signals(&old_mask);
		if (mkdir(path, 0777) == 0) {
			undo_add(made, true); /* the table owns it now */
			*made_here = last;
		} else
			error = errno;
		release_signals(&old_mask);
		if (error) {
			free(made);
			if (error == EEXIST && last &&
			    (stat(path, &status) < 0 ||
			     !S_ISDIR(status.st_mode)))
				error = ENOTDIR;
			else if (error == EEXIST)
				error = 0;
		}
		if (error) {
			/* Name the folder asked for, as the user wrote it. */
			svd_report(diag, SVD_CHECK_IO, NULL,
				   "cannot create %s: %s", directory,
				   strerror(error));
			result = -1;
		}
		if (last)
			break;
		*slash = '/';
	}
	free(path);
	return result;
}

/*
 * Serialise runs writing into one folder: an exclusive flock on
 * DIR/.svdgen.lock, created if missing and removed by whoever holds it.
 * A run that waited for a lock file its holder has since removed opens
 * the new one instead. Returns the descriptor, or -1 after reporting.
 */
static int lock_directory(const char *directory, char **lock_path,
			  struct svd_diagnostics *diag)
{
	char *path = join_path(directory, ".svdgen.lock");

	for (;;) {
		struct stat held, named;
		sigset_t old_mask;
		bool ours;
		int fd;

		/*
		 * Signals wait while the file may be ours alone (created and
		 * not yet in the undo table); while another run holds it,
		 * its holder removes it, and the wait stays interruptible.
		 */
		hold_signals(&old_mask);
		fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
		if (fd < 0) {
			release_signals(&old_mask);
			svd_report(diag, SVD_CHECK_IO, NULL,
				   "cannot create %s: %s", path,
				   strerror(errno));
			free(path);
			return -1;
		}
		if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
			release_signals(&old_mask);
			while (flock(fd, LOCK_EX) < 0) {
				if (errno != EINTR) {
					svd_report(diag, SVD_CHECK_IO, NULL,
						   "cannot lock %s: %s", path,
						   strerror(errno));
					close(fd);
					free(path);
					return -1;
				}
			}
			hold_signals(&old_mask);
		}
		ours = fstat(fd, &held) == 0 && stat(path, &named) == 0 &&
		       held.st_dev == named.st_dev &&
		       held.st_ino == named.st_ino;
		if (ours)
			undo_add(path, false);
		release_signals(&old_mask);
		if (ours) {
			*lock_path = path;
			return fd;
		}
		close(fd);
	}
}

/* Count what the undo table may need to hold for a commit. */
static size_t undo_entries_needed(const struct svd_output_target *targets,
				  size_t count)
{
	size_t needed = 1; /* the lock file */

	for (size_t t = 0; t < count; t++) {
		needed += 1 + strlen(targets[t].directory); /* folders */
		/* Its temporary, and its own name in a folder made. */
		for (const struct svd_output_file *f = targets[t].output->files;
		     f; f = f->next)
			needed += 2;
	}
	return needed;
}

/*
 * Refuse, before anything is written, output names taken by something
 * other than a regular file (a folder, a FIFO, a device): replacing a
 * folder fails half-way, and reading a FIFO hangs.
 */
static int check_targets(const struct svd_output_target *targets, size_t count,
			 struct svd_diagnostics *diag)
{
	int result = 0;

	for (size_t t = 0; t < count; t++) {
		struct stat status;

		if (!targets[t].create_directory &&
		    (stat(targets[t].directory, &status) < 0 ||
		     !S_ISDIR(status.st_mode))) {
			int error = errno;
			const struct svd_output_file *first =
			    targets[t].output->files;
			char *path = join_path(targets[t].directory,
					       first ? first->name : "");

			if (stat(targets[t].directory, &status) == 0)
				error = ENOTDIR;
			svd_report(diag, SVD_CHECK_IO, NULL,
				   "cannot create %s: %s", path,
				   strerror(error));
			free(path);
			result = -1;
			continue;
		}
		for (const struct svd_output_file *f = targets[t].output->files;
		     f; f = f->next) {
			char *path = join_path(targets[t].directory, f->name);

			if (stat(path, &status) == 0 &&
			    !S_ISREG(status.st_mode)) {
				svd_report(diag, SVD_CHECK_IO, NULL,
					   "cannot replace %s: not a regular "
					   "file",
					   path);
				result = -1;
			}
			free(path);
		}
	}
	return result;
}

int svd_output_commit(const struct svd_output_target *targets, size_t count,
		      struct svd_diagnostics *diag)
{
	struct sigaction cleanup = {.sa_handler = cleanup_and_die};
	struct sigaction previous[CLEANUP_SIGNAL_COUNT];
	sigset_t block, old_mask;
	sig_atomic_t renames_start;
	size_t files = 0, i;
	char **temporary, **final;
	/* Files linked in under their own names, and where. */
	const struct svd_output_file **direct;
	const char **folder;
	bool *made;
	char *lock_path = NULL;
	int lock_fd = -1;
	int result = 0;

	if (check_targets(targets, count, diag) < 0)
		return -1;
	for (size_t t = 0; t < count; t++)
		for (const struct svd_output_file *f = targets[t].output->files;
		     f; f = f->next)
			files++;
	temporary = calloc(files ? files : 1, sizeof(*temporary));
	final = calloc(files ? files : 1, sizeof(*final));
	direct = calloc(files ? files : 1, sizeof(*direct));
	folder = calloc(files ? files : 1, sizeof(*folder));
	made = calloc(count ? count : 1, sizeof(*made));
	undo_capacity = undo_entries_needed(targets, count);
	undo_entries = calloc(undo_capacity, sizeof(*undo_entries));
	if (!temporary || !final || !direct || !folder || !made ||
	    !undo_entries)
		abort();
	undo_count = 0;

	sigemptyset(&cleanup.sa_mask);
	sigemptyset(&block);
	for (i = 0; i < CLEANUP_SIGNAL_COUNT; i++) {
		sigaddset(&cleanup.sa_mask, cleanup_signals[i]);
		sigaddset(&block, cleanup_signals[i]);
		sigaction(cleanup_signals[i], &cleanup, &previous[i]);
	}

	/* Folders first (the output folder is locked once it exists)... */
	for (size_t t = 0; t < count && result == 0; t++) {
		if (!targets[t].create_directory)
			continue;
		if (make_directories(targets[t].directory, &made[t], diag) < 0)
			result = -1;
		else if (lock_fd < 0 &&
			 (lock_fd = lock_directory(targets[t].directory,
						   &lock_path, diag)) < 0)
			result = -1;
	}
	/* ...then every changed file under a temporary name... */
	i = 0;
	for (size_t t = 0; t < count && result == 0; t++) {
		for (const struct svd_output_file *f = targets[t].output->files;
		     f && result == 0; f = f->next, i++) {
			final[i] = join_path(targets[t].directory, f->name);
			folder[i] = targets[t].directory;
			/*
			 * In a folder this run made, nothing is to be kept or
			 * replaced: a file whose text is all in its unnamed
			 * file gets its own name below, once, where a rename
			 * would go, and costs one link instead of a link and
			 * a rename.
			 */
			if (made[t] && is_linkable(f)) {
				direct[i] = f;
				continue;
			}
			if (same_content(final[i], f) ||
			    same_file_as_later(targets[t].directory, f))
				continue;
			temporary[i] =
			    write_temporary(targets[t].directory, f, diag);
			if (!temporary[i])
				result = -1;
		}
	}
	/*
	 * ...then, only if all were written, every rename, with the
	 * signals held back so an interrupt cannot leave a mix of old and
	 * new files.
	 */
	sigprocmask(SIG_BLOCK, &block, &old_mask);
	renames_start = undo_count;
	/*
	 * The files linked in under their own names come first, and stay
	 * in the undo table until all are in: the folder is this run's,
	 * and a failure before the first rename leaves nothing in it.
	 * Another program may have made the name since the folder was
	 * (linkat does not replace), or the link may fail here: then the
	 * file goes in as any other.
	 */
	for (i = 0; i < files && result == 0; i++) {
		if (!direct[i])
			continue;
		if (link_unnamed(direct[i], final[i]) == 0)
			undo_add(final[i], false);
		else if (!(temporary[i] =
			       write_temporary(folder[i], direct[i], diag)))
			result = -1;
	}
	for (i = 0; i < files && result == 0; i++) {
		if (!temporary[i])
			continue;
		if (rename(temporary[i], final[i]) < 0) {
			svd_report(diag, SVD_CHECK_IO, NULL,
				   "cannot rename %s to %s: %s", temporary[i],
				   final[i], strerror(errno));
			result = -1;
			break;
		}
		/* Renamed: no longer ours to remove. */
		for (sig_atomic_t u = 0; u < undo_count; u++)
			if (undo_entries[u].path == temporary[i])
				undo_entries[u].active = 0;
	}
	if (result == 0) {
		/* Keep the folders made; drop the lock while holding it. */
		for (sig_atomic_t u = 0; u < undo_count; u++)
			if (undo_entries[u].directory || u >= renames_start)
				undo_entries[u].active = 0;
	}
	undo_all();
	if (lock_fd >= 0)
		close(lock_fd);
	for (i = 0; i < CLEANUP_SIGNAL_COUNT; i++)
		sigaction(cleanup_signals[i], &previous[i], NULL);
	sigprocmask(SIG_SETMASK, &old_mask, NULL);

	for (i = 0; i < files; i++) {
		free(temporary[i]);
		free(final[i]);
	}
	for (sig_atomic_t u = 0; u < undo_count; u++)
		if (undo_entries[u].directory)
			free(undo_entries[u].path);
	free(temporary);
	free(final);
	free(direct);
	free(folder);
	free(made);
	free(lock_path);
	free(undo_entries);
	undo_entries = NULL;
	undo_count = 0;
	undo_capacity = 0;
	return result;
}

int svd_output_write(const struct svd_output *output, const char *directory,
		     struct svd_diagnostics *diag)
{
	struct svd_output_target target = {directory, output, true};

	return svd_output_commit(&target, 1, diag);
}

int svd_output_make_rule(const struct svd_output *output, const char *directory,
			 const char *depfile, const char *target,
			 const char *input, struct svd_output *rule,
			 struct svd_diagnostics *diag)
{
	const char *slash = strrchr(depfile, '/');
	struct svd_buffer *text =
	    svd_output_add(rule, slash ? slash + 1 : depfile);
	const char *unrepresentable = NULL;

	if (target) {
		if (svd_put_make_target(text, target) < 0)
			unrepresentable = target;
	} else {
		/* Every header written depends on the SVD. */
		for (const struct svd_output_file *f = output->files; f;
		     f = f->next) {
			char *path = join_path(directory, f->name);

			if (f != output->files)
				svd_buffer_append(text, " \\\n ", 4);
			if (svd_put_make_target(text, path) < 0)
				unrepresentable = directory;
			free(path);
		}
	}
	svd_buffer_append(text, ": ", 2);
	if (svd_put_make_target(text, input) < 0)
		unrepresentable = input;
	/* A rule of its own, so a deleted SVD is an error, not a mystery. */
	svd_buffer_append(text, "\n\n", 2);
	svd_put_make_target(text, input);
	svd_buffer_append(text, ":\n", 2);
	if (unrepresentable) {
		svd_report(diag, SVD_CHECK_IO, NULL,
			   "cannot write '%s' in a make rule: it holds a "
			   "control character or is empty",
			   unrepresentable);
		return -1;
	}
	return 0;
}

/* The folder part of a path: "." for none, "/" for the root. */
char *svd_output_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *folder;

	if (!slash)
		folder = strdup(".");
	else if (slash == path)
		folder = strdup("/");
	else
		folder = strndup(path, (size_t)(slash - path));
	if (!folder)
		abort();
	return folder;
}
