/*
 * uv_echo - echo server in plain C on libuv: the ceiling the benchmark suite compares netjs with.
 *
 *   uv_echo [PORT [HOST]]        PORT 0 (the default): the OS picks a free port
 *                                HOST defaults to 127.0.0.1 (IPv4 or IPv6 literal)
 *
 * Prints "uv_echo listening on HOST:PORT" on stdout once listening, then serves until killed.
 * Each connection reads into 64 KiB buffers and echoes them: uv_try_write first when nothing is
 * queued, uv_write for the rest. While more than 1 MiB is queued for a connection it stops
 * reading from it (backpressure) and resumes when the queue drains. On EOF it shuts down its side
 * after the queued data, then closes.
 *
 * Build: cc -O2 -o uv_echo uv_echo.c -luv
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#define READ_SIZE (64 * 1024)
#define QUEUE_LIMIT (1024 * 1024)

typedef struct {
    uv_tcp_t tcp;          /* first member: the handle pointer is the connection pointer */
    int paused;            /* reading stopped because of QUEUE_LIMIT */
} connection_t;

typedef struct {
    uv_write_t req;
    char *data;            /* the whole read buffer, freed when the write completes */
} echo_write_t;

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf);

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf)
{
    (void)handle;
    (void)suggested;
    buf->base = malloc(READ_SIZE);
    buf->len = buf->base ? READ_SIZE : 0;
}

static void on_closed(uv_handle_t *handle)
{
    free(handle); /* the connection_t */
}

static void close_connection(uv_stream_t *stream)
{
    if (!uv_is_closing((uv_handle_t *)stream))
        uv_close((uv_handle_t *)stream, on_closed);
}

static void on_written(uv_write_t *req, int status)
{
    echo_write_t *w = (echo_write_t *)req;
    uv_stream_t *stream = req->handle;
    connection_t *conn = (connection_t *)stream;
    free(w->data);
    free(w);
    if (status < 0) {
        close_connection(stream);
        return;
    }
    if (conn->paused && uv_stream_get_write_queue_size(stream) < QUEUE_LIMIT &&
        !uv_is_closing((uv_handle_t *)stream)) {
        conn->paused = 0;
        uv_read_start(stream, on_alloc, on_read);
    }
}

static void on_shutdown(uv_shutdown_t *req, int status)
{
    (void)status;
    close_connection(req->handle);
    free(req);
}

static void echo(uv_stream_t *stream, char *data, size_t len)
{
    size_t done = 0;
    if (uv_stream_get_write_queue_size(stream) == 0) {
        uv_buf_t whole = uv_buf_init(data, (unsigned int)len);
        int n = uv_try_write(stream, &whole, 1);
        if (n > 0)
            done = (size_t)n;
    }
    if (done == len) {
        free(data);
        return;
    }
    echo_write_t *w = malloc(sizeof *w);
    if (!w) {
        free(data);
        close_connection(stream);
        return;
    }
    w->data = data;
    uv_buf_t rest = uv_buf_init(data + done, (unsigned int)(len - done));
    if (uv_write(&w->req, stream, &rest, 1, on_written) != 0) {
        free(data);
        free(w);
        close_connection(stream);
        return;
    }
    if (uv_stream_get_write_queue_size(stream) >= QUEUE_LIMIT) {
        ((connection_t *)stream)->paused = 1;
        uv_read_stop(stream);
    }
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf)
{
    if (nread > 0) {
        echo(stream, buf->base, (size_t)nread);
        return;
    }
    free(buf->base);
    if (nread == 0)
        return; /* EAGAIN */
    if (nread == UV_EOF) {
        uv_shutdown_t *req = malloc(sizeof *req);
        if (req && uv_shutdown(req, stream, on_shutdown) == 0)
            return;
        free(req);
    }
    close_connection(stream);
}

static void on_connection(uv_stream_t *server, int status)
{
    if (status < 0)
        return;
    connection_t *conn = calloc(1, sizeof *conn);
    if (!conn)
        return;
    uv_tcp_init(server->loop, &conn->tcp);
    if (uv_accept(server, (uv_stream_t *)&conn->tcp) != 0) {
        close_connection((uv_stream_t *)&conn->tcp);
        return;
    }
    uv_read_start((uv_stream_t *)&conn->tcp, on_alloc, on_read);
}

int main(int argc, char **argv)
{
    int port = argc > 1 ? atoi(argv[1]) : 0;
    const char *host = argc > 2 ? argv[2] : "127.0.0.1";
    struct sockaddr_storage addr;
    int rc = strchr(host, ':') ? uv_ip6_addr(host, port, (struct sockaddr_in6 *)&addr)
                               : uv_ip4_addr(host, port, (struct sockaddr_in *)&addr);
    if (rc != 0 || port < 0 || port > 65535) {
        fprintf(stderr, "usage: uv_echo [PORT [HOST]]\n");
        return 2;
    }
    uv_loop_t *loop = uv_default_loop();
    static uv_tcp_t server;
    uv_tcp_init(loop, &server);
    if ((rc = uv_tcp_bind(&server, (struct sockaddr *)&addr, 0)) != 0 ||
        (rc = uv_listen((uv_stream_t *)&server, 511, on_connection)) != 0) {
        fprintf(stderr, "uv_echo: %s:%d: %s\n", host, port, uv_strerror(rc));
        return 1;
    }
    struct sockaddr_storage bound;
    int len = sizeof bound;
    uv_tcp_getsockname(&server, (struct sockaddr *)&bound, &len);
    int actual = ntohs(bound.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&bound)->sin6_port
                                                   : ((struct sockaddr_in *)&bound)->sin_port);
    printf("uv_echo listening on %s:%d\n", host, actual);
    fflush(stdout);
    return uv_run(loop, UV_RUN_DEFAULT);
}
