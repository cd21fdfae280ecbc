/*
 * tcpload - load client for TCP echo servers, used by the netjs benchmark suite (tests/bench).
 *
 *   tcpload MODE HOST PORT [name=value ...]
 *
 * Modes and their parameters (defaults in brackets):
 *
 *   tput  bytes=[268435456] chunk=[65536]
 *         One connection, full duplex: a sender thread writes `bytes` in `chunk`-sized writes while
 *         the main thread reads the echo back and checks every byte against the sent pattern.
 *         Reports MB/s (1 MB = 10^6 bytes).
 *   rate  conc=[1] secs=[3] warm=[0.5] size=[16] max=[0 = no limit]
 *         `conc` worker threads, each looping: connect, write `size` bytes, read the echo, close.
 *         The first `warm` seconds are not counted. Reports connections/s and the p50/p99 time of
 *         one whole connect..close cycle in microseconds.
 *   lat   n=[20000] warm=[1000]
 *         One connection with TCP_NODELAY; 1-byte ping-pong. Reports p50/p90/p99/max round trip
 *         in microseconds over the `n` timed round trips that follow `warm` untimed ones.
 *   hold  n=[1000] secs=[300]
 *         Opens `n` connections, one after the other; on each it sends 1 byte and waits for the
 *         echo (so the server has accepted and set it up). Then prints a line starting with
 *         "ready" and keeps all of them open, idle, until standard input reaches EOF (or `secs`
 *         have passed), then closes them.
 *
 * Every mode ends by printing one line of key=value pairs on stdout, always including
 * cpu_pct: the client's own user+system CPU time over the measured wall time (100 = one core),
 * so one can tell whether the client, rather than the server, was the bottleneck.
 * Errors go to stderr; exit status 0 on success, 1 on a usage error, 2 on a failed run.
 *
 * Build: cc -O2 -pthread -o tcpload tcpload.c
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* ----------------------------------------------------------------------------------------------
 * Small utilities
 * ---------------------------------------------------------------------------------------------- */

static struct sockaddr_in server_addr;

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double own_cpu_seconds(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static void fail(const char *what, int err)
{
    fprintf(stderr, "tcpload: %s: %s\n", what, strerror(err));
    exit(2);
}

/* name=value parameters after HOST PORT */
static int param_count;
static char **param_list;

static double param(const char *name, double fallback)
{
    size_t len = strlen(name);
    for (int i = 0; i < param_count; i++) {
        if (strncmp(param_list[i], name, len) == 0 && param_list[i][len] == '=') {
            char *end;
            double v = strtod(param_list[i] + len + 1, &end);
            if (*end != '\0') {
                fprintf(stderr, "tcpload: bad value in %s\n", param_list[i]);
                exit(1);
            }
            return v;
        }
    }
    return fallback;
}

/* rate mode: each connection from another loopback source address (127.1.x.y). One address would
 * run out of ephemeral ports within a run (28k ports at ~10k conn/s, each left in TIME_WAIT for 60 s
 * on the client side), and connect() slows down long before that: the figures then drift from run
 * to run with the TIME_WAIT sockets earlier runs left behind. */
static int rotate_source;
static atomic_uint source_counter;

static int bind_rotating_source(int fd)
{
    unsigned n = atomic_fetch_add(&source_counter, 1u);
    struct sockaddr_in src;
    memset(&src, 0, sizeof src);
    src.sin_family = AF_INET;
    src.sin_addr.s_addr = htonl(0x7f010000u + 1u + n % 65000u);
    int one = 1;
    setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
    return bind(fd, (struct sockaddr *)&src, sizeof src);
}

static int open_connection(void)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (rotate_source && bind_rotating_source(fd) != 0) {
        int err = errno;
        close(fd);
        errno = err;
        return -1;
    }
    while (connect(fd, (struct sockaddr *)&server_addr, sizeof server_addr) != 0) {
        if (errno == EINTR)
            continue;
        int err = errno;
        close(fd);
        errno = err;
        return -1;
    }
    return fd;
}

static void set_io_timeout(int fd, double seconds)
{
    struct timeval tv = { (time_t)seconds, (suseconds_t)((seconds - (time_t)seconds) * 1e6) };
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

/* Reads exactly len bytes; returns 0, or -1 with errno set (0 for a premature EOF). */
static int read_exact(int fd, void *buf, size_t len)
{
    size_t got = 0;
    while (got < len) {
        ssize_t r = read(fd, (char *)buf + got, len - got);
        if (r > 0) {
            got += (size_t)r;
        } else if (r == 0) {
            errno = 0;
            return -1;
        } else if (errno != EINTR) {
            return -1;
        }
    }
    return 0;
}

static int write_all(int fd, const void *buf, size_t len)
{
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, (const char *)buf + done, len - done);
        if (w > 0)
            done += (size_t)w;
        else if (w < 0 && errno != EINTR)
            return -1;
    }
    return 0;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Nearest-rank percentile of a sorted array. */
static size_t rank(size_t n, double pct)
{
    if (n == 0)
        return 0;
    size_t k = (size_t)(pct / 100.0 * (double)n + 0.999999);
    if (k < 1)
        k = 1;
    return (k > n ? n : k) - 1;
}

/* ----------------------------------------------------------------------------------------------
 * tput: one connection, pipelined full-duplex echo, every byte checked
 * ---------------------------------------------------------------------------------------------- */

#define PATTERN_PERIOD 65521u       /* prime, so the pattern never lines up with write sizes */
#define READ_BUFFER (256u * 1024u)

static unsigned char *pattern;      /* PATTERN_PERIOD + max(chunk, READ_BUFFER) bytes */

struct sender_job {
    int fd;
    uint64_t total;
    size_t chunk;
    int error;
};

static void *sender_main(void *arg)
{
    struct sender_job *job = arg;
    uint64_t sent = 0;
    while (sent < job->total) {
        size_t n = job->total - sent < job->chunk ? (size_t)(job->total - sent) : job->chunk;
        ssize_t w = write(job->fd, pattern + sent % PATTERN_PERIOD, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            job->error = errno;
            return NULL;
        }
        sent += (uint64_t)w;
    }
    return NULL;
}

static int mode_tput(void)
{
    uint64_t total = (uint64_t)param("bytes", 256.0 * 1024 * 1024);
    size_t chunk = (size_t)param("chunk", 65536);
    if (total == 0 || chunk == 0 || chunk > (16u << 20)) {
        fprintf(stderr, "tcpload: tput needs bytes>0 and 0<chunk<=16MiB\n");
        return 1;
    }
    size_t span = chunk > READ_BUFFER ? chunk : READ_BUFFER;
    pattern = malloc(PATTERN_PERIOD + span);
    unsigned char *inbuf = malloc(READ_BUFFER);
    if (!pattern || !inbuf)
        fail("malloc", ENOMEM);
    for (size_t i = 0; i < PATTERN_PERIOD + span; i++) {
        size_t k = i % PATTERN_PERIOD;
        pattern[i] = (unsigned char)(k * 131u + (k >> 9));
    }

    int fd = open_connection();
    if (fd < 0)
        fail("connect", errno);
    set_io_timeout(fd, 20.0); /* a server that stalls for 20 s fails the run instead of hanging */

    struct sender_job job = { fd, total, chunk, 0 };
    pthread_t sender;
    double cpu0 = own_cpu_seconds(), t0 = mono_now();
    if (pthread_create(&sender, NULL, sender_main, &job) != 0)
        fail("pthread_create", errno);

    uint64_t received = 0;
    while (received < total) {
        size_t want = total - received < READ_BUFFER ? (size_t)(total - received) : READ_BUFFER;
        ssize_t r = read(fd, inbuf, want);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            fprintf(stderr, "tcpload: read after %llu of %llu bytes: %s\n",
                    (unsigned long long)received, (unsigned long long)total, strerror(errno));
            return 2;
        }
        if (r == 0) {
            fprintf(stderr, "tcpload: server closed after %llu of %llu bytes\n",
                    (unsigned long long)received, (unsigned long long)total);
            return 2;
        }
        if (memcmp(inbuf, pattern + received % PATTERN_PERIOD, (size_t)r) != 0) {
            fprintf(stderr, "tcpload: echoed data differs from what was sent, near byte %llu\n",
                    (unsigned long long)received);
            return 2;
        }
        received += (uint64_t)r;
    }
    double wall = mono_now() - t0;
    pthread_join(sender, NULL);
    double cpu = own_cpu_seconds() - cpu0;
    if (job.error)
        fail("write", job.error);
    close(fd);

    printf("mode=tput bytes=%llu chunk=%zu secs=%.4f mb_per_s=%.1f cpu_pct=%.1f\n",
           (unsigned long long)total, chunk, wall, (double)total / wall / 1e6, 100.0 * cpu / wall);
    return 0;
}

/* ----------------------------------------------------------------------------------------------
 * rate: concurrent connect / small echo / close loops
 * ---------------------------------------------------------------------------------------------- */

struct rate_shared {
    double measure_from;     /* cycles started before this are warm-up */
    double stop_at;
    long max_cycles;         /* counted cycles; 0 = no limit */
    size_t size;
    pthread_mutex_t lock;
    long counted;            /* cycles counted so far (for max_cycles) */
    long errors;
    int first_error;         /* errno of the first failure, -1 for a short/garbled echo */
};

struct rate_worker {
    pthread_t thread;
    struct rate_shared *shared;
    uint32_t *lat_us;
    size_t n, cap;
};

/* One connect / write / read echo / close cycle. Returns 0 or an errno (-1: bad echo). */
static int rate_cycle(size_t size, const char *msg, char *buf)
{
    int fd = open_connection();
    if (fd < 0)
        return errno;
    set_io_timeout(fd, 10.0);
    int rc = 0;
    if (write_all(fd, msg, size) != 0)
        rc = errno;
    else if (read_exact(fd, buf, size) != 0)
        rc = errno ? errno : -1;
    else if (memcmp(buf, msg, size) != 0)
        rc = -1;
    close(fd);
    return rc;
}

static void *rate_main(void *arg)
{
    struct rate_worker *w = arg;
    struct rate_shared *sh = w->shared;
    char msg[4096], buf[4096];
    for (size_t i = 0; i < sizeof msg; i++)
        msg[i] = (char)('a' + i % 26);
    for (;;) {
        double start = mono_now();
        if (start >= sh->stop_at)
            break;
        int counted = start >= sh->measure_from;
        if (counted && sh->max_cycles > 0) {
            pthread_mutex_lock(&sh->lock);
            int full = sh->counted >= sh->max_cycles;
            if (!full)
                sh->counted++;
            pthread_mutex_unlock(&sh->lock);
            if (full)
                break;
        }
        int rc = rate_cycle(sh->size, msg, buf);
        double end = mono_now();
        if (rc != 0) {
            pthread_mutex_lock(&sh->lock);
            if (sh->errors++ == 0)
                sh->first_error = rc;
            pthread_mutex_unlock(&sh->lock);
            if (rc == EADDRNOTAVAIL || rc == EMFILE || rc == ENFILE)
                usleep(1000); /* out of ports or descriptors: back off instead of spinning */
            continue;
        }
        if (!counted)
            continue;
        if (w->n == w->cap) {
            w->cap = w->cap ? w->cap * 2 : 65536;
            w->lat_us = realloc(w->lat_us, w->cap * sizeof *w->lat_us);
            if (!w->lat_us)
                fail("realloc", ENOMEM);
        }
        double us = (end - start) * 1e6;
        w->lat_us[w->n++] = us > 4e9 ? 4000000000u : (uint32_t)us;
    }
    return NULL;
}

static int mode_rate(void)
{
    /* Only when the server is on loopback, where every 127/8 address is this machine. */
    rotate_source = (ntohl(server_addr.sin_addr.s_addr) >> 24) == 127;
    int conc = (int)param("conc", 1);
    double secs = param("secs", 3.0), warm = param("warm", 0.5);
    size_t size = (size_t)param("size", 16);
    long max_cycles = (long)param("max", 0);
    if (conc < 1 || conc > 1024 || secs <= 0 || warm < 0 || size < 1 || size > 4096) {
        fprintf(stderr, "tcpload: rate needs 1<=conc<=1024, secs>0, warm>=0, 1<=size<=4096\n");
        return 1;
    }
    struct rate_shared sh = { 0 };
    pthread_mutex_init(&sh.lock, NULL);
    sh.size = size;
    sh.max_cycles = max_cycles;
    struct rate_worker *workers = calloc((size_t)conc, sizeof *workers);
    if (!workers)
        fail("calloc", ENOMEM);

    double t0 = mono_now();
    sh.measure_from = t0 + warm;
    sh.stop_at = sh.measure_from + secs;
    for (int i = 0; i < conc; i++) {
        workers[i].shared = &sh;
        if (pthread_create(&workers[i].thread, NULL, rate_main, &workers[i]) != 0)
            fail("pthread_create", errno);
    }
    /* Sample the CPU clock when the measured window starts, so warm-up is not counted. */
    while (mono_now() < sh.measure_from)
        usleep(2000);
    double cpu0 = own_cpu_seconds();
    double window_start = mono_now();
    for (int i = 0; i < conc; i++)
        pthread_join(workers[i].thread, NULL);
    double window = mono_now() - window_start;
    double cpu = own_cpu_seconds() - cpu0;

    size_t total = 0;
    for (int i = 0; i < conc; i++)
        total += workers[i].n;
    uint32_t *all = malloc((total ? total : 1) * sizeof *all);
    if (!all)
        fail("malloc", ENOMEM);
    size_t k = 0;
    for (int i = 0; i < conc; i++) {
        if (workers[i].n)
            memcpy(all + k, workers[i].lat_us, workers[i].n * sizeof *all);
        k += workers[i].n;
        free(workers[i].lat_us);
    }
    qsort(all, total, sizeof *all, cmp_u32);
    const char *first = sh.errors == 0 ? "none" : sh.first_error == -1 ? "bad_echo" : strerror(sh.first_error);
    char first_token[64];
    snprintf(first_token, sizeof first_token, "%s", first);
    for (char *p = first_token; *p; p++)
        if (*p == ' ')
            *p = '_';
    printf("mode=rate conc=%d size=%zu conns=%zu errors=%ld secs=%.3f conn_per_s=%.0f "
           "p50_us=%u p99_us=%u cpu_pct=%.1f first_error=%s\n",
           conc, size, total, sh.errors, window, (double)total / window,
           total ? all[rank(total, 50)] : 0, total ? all[rank(total, 99)] : 0,
           100.0 * cpu / window, first_token);
    free(all);
    free(workers);
    return total > 0 ? 0 : 2;
}

/* ----------------------------------------------------------------------------------------------
 * lat: 1-byte ping-pong on one connection
 * ---------------------------------------------------------------------------------------------- */

static int mode_lat(void)
{
    long n = (long)param("n", 20000), warm = (long)param("warm", 1000);
    if (n < 1 || warm < 0) {
        fprintf(stderr, "tcpload: lat needs n>=1, warm>=0\n");
        return 1;
    }
    double *rtt = malloc((size_t)n * sizeof *rtt);
    if (!rtt)
        fail("malloc", ENOMEM);
    int fd = open_connection();
    if (fd < 0)
        fail("connect", errno);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    set_io_timeout(fd, 10.0);

    double cpu0 = 0, t0 = 0;
    for (long i = -warm; i < n; i++) {
        if (i == 0) {
            cpu0 = own_cpu_seconds();
            t0 = mono_now();
        }
        unsigned char ping = (unsigned char)i, pong;
        double start = mono_now();
        if (write_all(fd, &ping, 1) != 0)
            fail("write", errno);
        if (read_exact(fd, &pong, 1) != 0) {
            fprintf(stderr, "tcpload: no echo for ping %ld: %s\n", i, errno ? strerror(errno) : "EOF");
            return 2;
        }
        if (pong != ping) {
            fprintf(stderr, "tcpload: wrong echo for ping %ld\n", i);
            return 2;
        }
        if (i >= 0)
            rtt[i] = (mono_now() - start) * 1e6;
    }
    double wall = mono_now() - t0, cpu = own_cpu_seconds() - cpu0;
    close(fd);
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += rtt[i];
    qsort(rtt, (size_t)n, sizeof *rtt, cmp_double);
    printf("mode=lat n=%ld warm=%ld p50_us=%.1f p90_us=%.1f p99_us=%.1f max_us=%.1f mean_us=%.1f "
           "secs=%.3f cpu_pct=%.1f\n",
           n, warm, rtt[rank((size_t)n, 50)], rtt[rank((size_t)n, 90)], rtt[rank((size_t)n, 99)],
           rtt[n - 1], sum / (double)n, wall, 100.0 * cpu / wall);
    free(rtt);
    return 0;
}

/* ----------------------------------------------------------------------------------------------
 * hold: many idle connections, held until stdin closes
 * ---------------------------------------------------------------------------------------------- */

static int mode_hold(void)
{
    long n = (long)param("n", 1000);
    double secs = param("secs", 300);
    if (n < 1 || secs <= 0) {
        fprintf(stderr, "tcpload: hold needs n>=1, secs>0\n");
        return 1;
    }
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < (rlim_t)n + 32) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
        getrlimit(RLIMIT_NOFILE, &rl);
        if (rl.rlim_cur < (rlim_t)n + 32) {
            fprintf(stderr, "tcpload: hold n=%ld needs more file descriptors (limit %llu)\n", n,
                    (unsigned long long)rl.rlim_cur);
            return 2;
        }
    }
    int *fds = malloc((size_t)n * sizeof *fds);
    if (!fds)
        fail("malloc", ENOMEM);

    double cpu0 = own_cpu_seconds(), t0 = mono_now();
    for (long i = 0; i < n; i++) {
        fds[i] = open_connection();
        if (fds[i] < 0) {
            fprintf(stderr, "tcpload: connection %ld of %ld: %s\n", i + 1, n, strerror(errno));
            return 2;
        }
        set_io_timeout(fds[i], 10.0);
        unsigned char b = 'h';
        if (write_all(fds[i], &b, 1) != 0 || read_exact(fds[i], &b, 1) != 0 || b != 'h') {
            fprintf(stderr, "tcpload: no echo on connection %ld of %ld\n", i + 1, n);
            return 2;
        }
    }
    double setup = mono_now() - t0, cpu = own_cpu_seconds() - cpu0;
    printf("ready n=%ld\n", n);
    fflush(stdout);

    /* Idle until stdin is closed (or the time limit), without reading any socket. */
    double deadline = mono_now() + secs;
    char sink[256];
    for (;;) {
        double left = deadline - mono_now();
        if (left <= 0)
            break;
        struct pollfd p = { .fd = 0, .events = POLLIN };
        int r = poll(&p, 1, left > 1 ? 1000 : (int)(left * 1000) + 1);
        if (r < 0 && errno != EINTR)
            break;
        if (r > 0) {
            ssize_t got = read(0, sink, sizeof sink);
            if (got <= 0)
                break;
        }
    }
    for (long i = 0; i < n; i++)
        close(fds[i]);
    free(fds);
    printf("mode=hold n=%ld setup_secs=%.3f cpu_pct=%.1f\n", n, setup, 100.0 * cpu / setup);
    return 0;
}

/* ---------------------------------------------------------------------------------------------- */

static void usage(void)
{
    fprintf(stderr,
            "usage: tcpload MODE HOST PORT [name=value ...]\n"
            "  tput  bytes=N chunk=N                 one connection, pipelined echo, MB/s\n"
            "  rate  conc=N secs=S warm=S size=N max=N connect/echo/close loops, conn/s\n"
            "  lat   n=N warm=N                      1-byte ping-pong, microseconds\n"
            "  hold  n=N secs=S                      N idle connections until stdin closes\n"
            "HOST must be a numeric IPv4 address.\n");
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        usage();
        return 1;
    }
    const char *mode = argv[1];
    memset(&server_addr, 0, sizeof server_addr);
    server_addr.sin_family = AF_INET;
    char *end;
    long port = strtol(argv[3], &end, 10);
    if (inet_pton(AF_INET, argv[2], &server_addr.sin_addr) != 1 || *end || port < 1 || port > 65535) {
        usage();
        return 1;
    }
    server_addr.sin_port = htons((uint16_t)port);
    param_count = argc - 4;
    param_list = argv + 4;
    for (int i = 0; i < param_count; i++) {
        if (!strchr(param_list[i], '=')) {
            usage();
            return 1;
        }
    }
    setvbuf(stdout, NULL, _IOLBF, 0);

    if (strcmp(mode, "tput") == 0)
        return mode_tput();
    if (strcmp(mode, "rate") == 0)
        return mode_rate();
    if (strcmp(mode, "lat") == 0)
        return mode_lat();
    if (strcmp(mode, "hold") == 0)
        return mode_hold();
    usage();
    return 1;
}
