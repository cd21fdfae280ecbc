/*
 * soakload - long-running, checksummed load on a TCP echo server, for the soak test (tests/soak).
 *
 *   soakload HOST PORT [name=value ...]
 *
 * Parameters (defaults in brackets):
 *   conns=[16]     connections, one thread each, all streaming at once
 *   secs=[60]      how long to run
 *   pid=[0]        the server's process id: its RSS (VmRSS in /proc/PID/status) is sampled
 *   warm=[0.1]     the fraction of secs that is warm-up; the RSS baseline is taken over the next
 *                  such fraction, the final RSS over the last one
 *   interval=[1]   seconds between RSS samples
 *   stream_mb=[32] each connection streams a random 1..stream_mb MiB, half-closes, reads the rest of
 *                  the echo and the server's FIN, then opens a new connection (so accept and close
 *                  paths soak too, not only the data path)
 *   stall=[20]     seconds without progress on a connection that count as an error
 *   seed=[1]
 *
 * Every connection sends a pseudo-random byte stream of its own (a table of a prime length, so it
 * never lines up with write or read sizes, filled from the connection's seed) in writes of varied
 * sizes (1 byte to 64 KiB, log-uniform) and reads with varied sizes too, checking every echoed byte
 * against what it sent. Bytes from another connection, lost, duplicated or reordered bytes all show
 * up as bad bytes.
 *
 * Output on stdout: a "sample" line per interval, then one summary line starting with "soak",
 * key=value pairs:
 *   bytes (echoed and checked), streams (completed connections), errors, bad_bytes, rss_warm_kb
 *   (median of the samples just after warm-up: 10-20 % of the run by default), rss_end_kb (median of
 *   the last 10 %), rss_min_kb and rss_max_kb (after warm-up), drift_pct ((end - warm) / warm),
 *   server_alive.
 * Medians, not single samples: the RSS of a busy echo server jumps by a few percent for a second
 * or two with the data in flight (serve: 5.8 MB, now and then 6.1 MB), which says nothing about
 * leaks; a leak moves the median.
 * Exit status: 0 with no errors and no bad bytes, 2 otherwise, 1 on a usage error.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#define PATTERN_PERIOD 262139u /* prime */
#define MAX_IO 65536u
#define MAX_ERROR_REPORTS 20

static struct sockaddr_in server_addr;
static double stall_secs = 20.0;
static uint64_t stream_max_bytes;

static atomic_int stopping;
static atomic_ullong total_bytes;
static atomic_ullong total_bad;
static atomic_ulong total_errors;
static atomic_ulong total_streams;
static atomic_int reports;

static int param_count;
static char **param_list;

static double param(const char *name, double fallback)
{
    size_t len = strlen(name);
    for (int i = 0; i < param_count; i++) {
        if (strncmp(param_list[i], name, len) == 0 && param_list[i][len] == '=') {
            char *end;
            double v = strtod(param_list[i] + len + 1, &end);
            if (*end != '\0' || end == param_list[i] + len + 1) {
                fprintf(stderr, "soakload: bad value in %s\n", param_list[i]);
                exit(1);
            }
            return v;
        }
    }
    return fallback;
}

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t next_random(uint64_t *state)
{
    /* xorshift64*: cheap, and the sequence only has to be reproducible, not strong */
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* 1..MAX_IO, log-uniform: as many 1-16 byte transfers as 32-64 KiB ones, so the server sees both
 * tiny segments and writes that fill its buffers. */
static size_t random_size(uint64_t *state)
{
    uint64_t r = next_random(state);
    unsigned bits = (unsigned)(r % 17u);
    return 1u + (size_t)((r >> 8) % (1ull << bits));
}

/* Says what went wrong on a connection (the first MAX_ERROR_REPORTS times: a broken server would
 * otherwise fill the log). */
static void note(int conn, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(int conn, const char *fmt, ...)
{
    if (atomic_fetch_add(&reports, 1) >= MAX_ERROR_REPORTS)
        return;
    char text[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    fprintf(stderr, "soakload: connection %d: %s\n", conn, text);
}

#define report_error(conn, ...) (atomic_fetch_add(&total_errors, 1), note(conn, __VA_ARGS__))

struct worker {
    pthread_t thread;
    int index;
    uint64_t rng;
    unsigned char *pattern; /* PATTERN_PERIOD + MAX_IO bytes, so a slice never wraps */
    unsigned char *inbuf;
};

static int open_connection(void)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    /* bounds a blocking connect (Linux applies the send timeout to it) */
    struct timeval tv = { (time_t)stall_secs, 0 };
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    while (connect(fd, (struct sockaddr *)&server_addr, sizeof server_addr) != 0) {
        if (errno == EINTR)
            continue;
        int err = errno;
        close(fd);
        errno = err;
        return -1;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

/* Counts the bytes of got[0..len) that differ from the pattern at stream offset `at`. */
static uint64_t count_bad(const struct worker *w, const unsigned char *got, size_t len, uint64_t at)
{
    const unsigned char *want = w->pattern + at % PATTERN_PERIOD;
    if (memcmp(got, want, len) == 0)
        return 0;
    uint64_t bad = 0;
    for (size_t i = 0; i < len; i++)
        bad += got[i] != want[i];
    return bad;
}

/* One connection: stream `length` bytes (fewer once the run stops), half-close, read the echo to the
 * server's FIN. Returns 0 when it ended cleanly, -1 after an error (counted), -2 if connecting failed. */
static int run_stream(struct worker *w, uint64_t length)
{
    int fd = open_connection();
    if (fd < 0) {
        report_error(w->index, "connect: %s", strerror(errno));
        return -2;
    }
    uint64_t sent = 0, received = 0;
    int shut = 0, rc = 0;
    for (;;) {
        if (!shut && (sent >= length || atomic_load(&stopping))) {
            if (shutdown(fd, SHUT_WR) != 0) {
                report_error(w->index, "shutdown: %s", strerror(errno));
                rc = -1;
                break;
            }
            shut = 1;
        }
        struct pollfd p = { fd, (short)(POLLIN | (shut ? 0 : POLLOUT)), 0 };
        int n = poll(&p, 1, (int)(stall_secs * 1000));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            report_error(w->index, "poll: %s", strerror(errno));
            rc = -1;
            break;
        }
        if (n == 0) {
            report_error(w->index, "no progress for %.0f s (sent %llu, echoed %llu)", stall_secs,
                         (unsigned long long)sent, (unsigned long long)received);
            rc = -1;
            break;
        }
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            ssize_t r = read(fd, w->inbuf, random_size(&w->rng));
            if (r > 0) {
                uint64_t bad;
                if (received + (uint64_t)r > sent) {
                    bad = received + (uint64_t)r - sent; /* more came back than was sent */
                    bad += count_bad(w, w->inbuf, (size_t)(sent - received), received);
                } else {
                    bad = count_bad(w, w->inbuf, (size_t)r, received);
                }
                if (bad) {
                    atomic_fetch_add(&total_bad, bad);
                    note(w->index, "%llu bad bytes in %zd echoed at offset %llu", (unsigned long long)bad,
                                 r, (unsigned long long)received);
                    rc = -1;
                    break; /* the stream is out of step: every later byte would count as bad */
                }
                received += (uint64_t)r;
                atomic_fetch_add(&total_bytes, (unsigned long long)r);
            } else if (r == 0) {
                if (!shut || received < sent) {
                    report_error(w->index, "server closed after %llu of %llu bytes%s", (unsigned long long)received,
                                 (unsigned long long)sent, shut ? "" : " (before our FIN)");
                    rc = -1;
                }
                break;
            } else if (errno != EAGAIN && errno != EINTR) {
                report_error(w->index, "read after %llu bytes: %s", (unsigned long long)received, strerror(errno));
                rc = -1;
                break;
            }
        }
        if (!shut && (p.revents & POLLOUT)) {
            size_t want = random_size(&w->rng);
            if (want > length - sent)
                want = (size_t)(length - sent);
            ssize_t r = send(fd, w->pattern + sent % PATTERN_PERIOD, want, MSG_NOSIGNAL);
            if (r > 0) {
                sent += (uint64_t)r;
            } else if (r < 0 && errno != EAGAIN && errno != EINTR) {
                report_error(w->index, "write after %llu bytes: %s", (unsigned long long)sent, strerror(errno));
                rc = -1;
                break;
            }
        }
    }
    close(fd);
    return rc;
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    while (!atomic_load(&stopping)) {
        uint64_t length = (1u << 20) + next_random(&w->rng) % stream_max_bytes;
        int rc = run_stream(w, length);
        if (rc == -2)
            break; /* the server no longer accepts: more attempts would only repeat the error */
        if (rc == 0)
            atomic_fetch_add(&total_streams, 1);
    }
    return NULL;
}

static long rss_kb(pid_t pid)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    long kb = -1;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "VmRSS:", 6) == 0) {
            kb = strtol(line + 6, NULL, 10);
            break;
        }
    }
    fclose(f);
    return kb;
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* Median of the samples taken in (from, to]; -1 without any. Sorts a copy. */
static long median_rss(const double *t, const long *rss, size_t n, double from, double to)
{
    long *pick = malloc((n + 1) * sizeof *pick);
    size_t k = 0;
    for (size_t i = 0; pick && i < n; i++)
        if (t[i] > from && t[i] <= to + 1e-9 && rss[i] > 0)
            pick[k++] = rss[i];
    long m = -1;
    if (k > 0) {
        qsort(pick, k, sizeof *pick, cmp_long);
        m = pick[k / 2];
    }
    free(pick);
    return m;
}

static void sleep_until(double t)
{
    double left;
    while ((left = t - mono_now()) > 0) {
        struct timespec ts = { (time_t)left, (long)((left - (double)(time_t)left) * 1e9) };
        nanosleep(&ts, NULL);
    }
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: soakload HOST PORT [conns=16 secs=60 pid=0 warm=0.1 interval=1 stream_mb=32 "
                        "stall=20 seed=1]\n");
        return 1;
    }
    param_count = argc - 3;
    param_list = argv + 3;
    int conns = (int)param("conns", 16);
    double secs = param("secs", 60);
    pid_t pid = (pid_t)param("pid", 0);
    double warm_fraction = param("warm", 0.1);
    double warm = warm_fraction * secs;
    double interval = param("interval", 1);
    double stream_mb = param("stream_mb", 32);
    stall_secs = param("stall", 20);
    uint64_t seed = (uint64_t)param("seed", 1);
    if (conns < 1 || conns > 1024 || secs <= 0 || interval <= 0 || stream_mb < 1 || stall_secs < 1 ||
        warm_fraction <= 0 || warm_fraction > 0.45) {
        fprintf(stderr, "soakload: needs 1<=conns<=1024, secs>0, interval>0, stream_mb>=1, stall>=1, 0<warm<=0.45\n");
        return 1;
    }
    stream_max_bytes = (uint64_t)(stream_mb * 1048576.0) - (1u << 20) + 1;
    memset(&server_addr, 0, sizeof server_addr);
    server_addr.sin_family = AF_INET;
    server_addr.sin_port = htons((uint16_t)atoi(argv[2]));
    if (inet_pton(AF_INET, argv[1], &server_addr.sin_addr) != 1) {
        fprintf(stderr, "soakload: HOST must be an IPv4 address: %s\n", argv[1]);
        return 1;
    }

    struct worker *workers = calloc((size_t)conns, sizeof *workers);
    if (!workers)
        return 2;
    for (int i = 0; i < conns; i++) {
        struct worker *w = &workers[i];
        w->index = i;
        w->rng = (seed * 0x9E3779B97F4A7C15ULL) ^ (uint64_t)(i + 1) * 0xD1B54A32D192ED03ULL;
        if (w->rng == 0)
            w->rng = 1;
        w->pattern = malloc(PATTERN_PERIOD + MAX_IO);
        w->inbuf = malloc(MAX_IO);
        if (!w->pattern || !w->inbuf) {
            fprintf(stderr, "soakload: out of memory\n");
            return 2;
        }
        uint64_t fill = w->rng;
        for (size_t k = 0; k < PATTERN_PERIOD; k++)
            w->pattern[k] = (unsigned char)(next_random(&fill) >> 56);
        memcpy(w->pattern + PATTERN_PERIOD, w->pattern, MAX_IO);
    }

    double t0 = mono_now();
    for (int i = 0; i < conns; i++) {
        if (pthread_create(&workers[i].thread, NULL, worker_main, &workers[i]) != 0) {
            fprintf(stderr, "soakload: pthread_create failed\n");
            return 2;
        }
    }

    size_t max_samples = (size_t)(secs / interval) + 2, samples = 0;
    double *sample_t = calloc(max_samples, sizeof *sample_t);
    long *sample_rss = calloc(max_samples, sizeof *sample_rss);
    if (!sample_t || !sample_rss) {
        fprintf(stderr, "soakload: out of memory\n");
        return 2;
    }
    long rss_min = -1, rss_max = -1;
    for (double next = interval;; next += interval) {
        if (next > secs)
            next = secs;
        sleep_until(t0 + next);
        long rss = pid > 0 ? rss_kb(pid) : -1;
        if (samples < max_samples) {
            sample_t[samples] = next;
            sample_rss[samples++] = rss;
        }
        if (next > warm && rss > 0) {
            if (rss_min < 0 || rss < rss_min)
                rss_min = rss;
            if (rss > rss_max)
                rss_max = rss;
        }
        printf("sample t=%.1f rss_kb=%ld bytes=%llu errors=%lu bad_bytes=%llu\n", next, rss,
               (unsigned long long)atomic_load(&total_bytes), (unsigned long)atomic_load(&total_errors),
               (unsigned long long)atomic_load(&total_bad));
        fflush(stdout);
        if (next >= secs)
            break;
    }
    atomic_store(&stopping, 1);
    for (int i = 0; i < conns; i++)
        pthread_join(workers[i].thread, NULL);
    double wall = mono_now() - t0;

    unsigned long long bytes = atomic_load(&total_bytes), bad = atomic_load(&total_bad);
    unsigned long errors = atomic_load(&total_errors);
    long rss_warm = median_rss(sample_t, sample_rss, samples, warm, 2 * warm);
    long rss_end = median_rss(sample_t, sample_rss, samples, secs - warm, secs);
    double drift = rss_warm > 0 && rss_end > 0 ? 100.0 * (double)(rss_end - rss_warm) / (double)rss_warm : 0.0;
    int alive = pid > 0 ? kill(pid, 0) == 0 : -1;
    printf("soak conns=%d secs=%.1f bytes=%llu mb_per_s=%.1f streams=%lu errors=%lu bad_bytes=%llu "
           "rss_warm_kb=%ld rss_end_kb=%ld rss_min_kb=%ld rss_max_kb=%ld drift_pct=%.2f server_alive=%d\n",
           conns, wall, bytes, (double)bytes / wall / 1e6, (unsigned long)atomic_load(&total_streams), errors, bad,
           rss_warm, rss_end, rss_min, rss_max, drift, alive);
    return errors == 0 && bad == 0 ? 0 : 2;
}
