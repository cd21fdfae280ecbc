/*
 * duk_uv_floor - the start-up floor for a Duktape + libuv command-line tool such as netjs.
 *
 *   duk_uv_floor [SCRIPT.js]     create a Duktape heap, compile and run SCRIPT (or an empty
 *                                program), run the (empty) default libuv loop, destroy the heap
 *   duk_uv_floor --describe      print how it was built (Duktape and libuv versions, linking)
 *
 * It does nothing netjs has to do beyond that, so `netjs empty.js` can be compared with it.
 * The build defines FLOOR_LINKING to say how Duktape is linked in (see tests/bench/Makefile).
 *
 * Build: cc -O2 -I/usr/share/duktape -o duk_uv_floor duk_uv_floor.c duktape.o -luv -lm
 */
#include <stdio.h>
#include <stdlib.h>
#include <duktape.h>
#include <uv.h>

#ifndef FLOOR_LINKING
#define FLOOR_LINKING "unknown"
#endif

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *text = malloc(cap);
    size_t got;
    while (text && (got = fread(text + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(text, cap * 2);
            if (!bigger) {
                free(text);
                fclose(f);
                return NULL;
            }
            text = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    *len = n;
    return text;
}

int main(int argc, char **argv)
{
    if (argc > 1 && argv[1][0] == '-' && argv[1][1] == '-') {
        long v = DUK_VERSION;
        printf("Duktape %ld.%ld.%ld (%s), libuv %s\n", v / 10000, v / 100 % 100, v % 100,
               FLOOR_LINKING, uv_version_string());
        return 0;
    }
    const char *name = argc > 1 ? argv[1] : "(empty)";
    size_t len = 0;
    char *source = NULL;
    if (argc > 1 && !(source = read_file(argv[1], &len))) {
        perror(argv[1]);
        return 2;
    }

    duk_context *ctx = duk_create_heap_default();
    if (!ctx) {
        fprintf(stderr, "duk_uv_floor: cannot create a Duktape heap\n");
        return 1;
    }
    duk_push_string(ctx, name);
    if (duk_pcompile_lstring_filename(ctx, 0, source ? source : "", len) != 0 ||
        duk_pcall(ctx, 0) != 0) {
        fprintf(stderr, "%s: %s\n", name, duk_safe_to_string(ctx, -1));
        duk_destroy_heap(ctx);
        return 1;
    }
    duk_pop(ctx);
    free(source);

    uv_loop_t *loop = uv_default_loop();
    int rc = uv_run(loop, UV_RUN_DEFAULT);
    uv_loop_close(loop);
    duk_destroy_heap(ctx);
    return rc == 0 ? 0 : 1;
}
