/*
 * peak_rss - run a command and print its peak resident set size.
 *
 *   peak_rss COMMAND [ARGS...]
 *
 * Prints "peak_rss_kib=N exit=S floor_kib=F" on stdout after COMMAND exits; COMMAND's own input
 * and output are /dev/null. N is ru_maxrss from wait4(). The kernel's figure is the maximum of the
 * command's peak and of the forked child's size before exec, which is this small program's size:
 * F, our own VmRSS. Figures at or below F say only "at most F". (A Python child would put its own
 * interpreter, ~18 MB, there: that is why this is in C.) Exit status: 0 if COMMAND exited 0.
 *
 * Build: cc -O2 -o peak_rss peak_rss.c
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static long own_rss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kib = atol(line + 6);
    if (f)
        fclose(f);
    return kib;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: peak_rss COMMAND [ARGS...]\n");
        return 2;
    }
    long floor_kib = own_rss_kib();
    pid_t pid = fork();
    if (pid < 0) {
        perror("peak_rss: fork");
        return 2;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, 0);
            dup2(null, 1);
            dup2(null, 2);
        }
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("peak_rss: wait4");
        return 2;
    }
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("peak_rss_kib=%ld exit=%d floor_kib=%ld\n", ru.ru_maxrss, code, floor_kib);
    return code == 0 ? 0 : 1;
}
