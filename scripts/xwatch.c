/*
 * xwatch: times how long the screen takes to change after a key, for
 * scripts/measure-reader.sh (issue 21).
 *
 * It grabs the image of a window (the whole root window by default, or a
 * region of it) in a tight loop with XShmGetImage (plain XGetImage if the
 * server has no MIT-SHM), sends the key itself through XTest so that the
 * clock starts at the key, and prints:
 *   first_ms  the time from the key to the first grab that differs from the
 *             image before the key;
 *   last_ms   the time from the key to the last grab that differed from the
 *             one before it, once the screen has then stayed still for
 *             QUIET ms (the new part fully drawn: tabs, text and scroll bar
 *             may come in several frames);
 * with the number of changes seen, the grabs made and the mean ms a grab
 * (the resolution: a change is seen at most one grab after it happened;
 * the times are those of the end of the grab that saw it, an upper bound).
 *
 * Frames are compared byte for byte with the previous grab (two buffers used
 * in turn), which is cheaper than a hash and cannot collide.
 *
 * Usage: xwatch [-k KEYS] [-q QUIET_MS] [-p POLL_MS] [-g WxH+X+Y] WINDOW|root TIMEOUT_MS
 *   KEYS like "ctrl+3", "Down", "shift+Tab": X keysym names joined by '+'
 *   (ctrl, shift, alt and super stand for the left modifier keys); without
 *   -k it only watches (the clock starts at once).
 *   POLL_MS (default 0: grab again at once) is the least time from one grab's
 *   start to the next: the tight loop keeps a core and part of the X server
 *   busy, which on a small machine slows what is measured; -p 5 leaves them
 *   free most of the time at the cost of a coarser resolution.
 *   WINDOW is an X window id (decimal or 0x hex, as xdotool prints it).
 * Output, one line:
 *   first_ms=F last_ms=L changes=N grabs=G grab_ms=M settled=1
 * with F and L "-" when nothing changed before TIMEOUT_MS, and settled=0
 * when the screen was still changing at the timeout.
 *
 * Build: gcc -O2 -o xwatch xwatch.c -lXtst -lXext -lX11
 *        (-DNO_XSHM to build without libXext: plain XGetImage only)
 */
#define _POSIX_C_SOURCE 200809L
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#ifndef NO_XSHM
#include <X11/extensions/XShm.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void sleep_until(double ms) {
  double left = ms - now_ms();
  if (left <= 0) return;
  struct timespec ts = {(time_t)(left / 1e3), (long)((left - (time_t)(left / 1e3) * 1e3) * 1e6)};
  nanosleep(&ts, NULL);
}

static void die(const char *msg) {
  fprintf(stderr, "xwatch: %s\n", msg);
  exit(2);
}

/* A grabber holds one image buffer and fills it from the window. */
typedef struct {
  Display *dpy;
  Window win;
  int x, y, w, h;
  XImage *img;
  int shm;
#ifndef NO_XSHM
  XShmSegmentInfo info;
#endif
} grabber;

static void grab_init(grabber *g, Display *dpy, Window win, int x, int y, int w, int h) {
  memset(g, 0, sizeof *g);
  g->dpy = dpy, g->win = win, g->x = x, g->y = y, g->w = w, g->h = h;
#ifndef NO_XSHM
  if (XShmQueryExtension(dpy)) {
    int scr = DefaultScreen(dpy);
    g->img = XShmCreateImage(dpy, DefaultVisual(dpy, scr), DefaultDepth(dpy, scr), ZPixmap, NULL,
                             &g->info, w, h);
    if (!g->img) die("XShmCreateImage failed");
    g->info.shmid = shmget(IPC_PRIVATE, (size_t)g->img->bytes_per_line * h, IPC_CREAT | 0600);
    if (g->info.shmid < 0) die("shmget failed");
    g->info.shmaddr = g->img->data = shmat(g->info.shmid, NULL, 0);
    g->info.readOnly = False;
    if (!XShmAttach(dpy, &g->info)) die("XShmAttach failed");
    XSync(dpy, False);
    shmctl(g->info.shmid, IPC_RMID, NULL); /* freed when both sides detach */
    g->shm = 1;
  }
#endif
}

/* grab fills the buffer and returns its bytes. */
static const char *grab(grabber *g) {
#ifndef NO_XSHM
  if (g->shm) {
    if (!XShmGetImage(g->dpy, g->win, g->img, g->x, g->y, AllPlanes)) die("XShmGetImage failed");
    return g->img->data;
  }
#endif
  if (g->img) XDestroyImage(g->img);
  g->img = XGetImage(g->dpy, g->win, g->x, g->y, g->w, g->h, AllPlanes, ZPixmap);
  if (!g->img) die("XGetImage failed");
  return g->img->data;
}

static size_t grab_size(const grabber *g) { return (size_t)g->img->bytes_per_line * g->h; }

static KeySym modifier(const char *name) {
  if (!strcmp(name, "ctrl") || !strcmp(name, "control")) return XK_Control_L;
  if (!strcmp(name, "shift")) return XK_Shift_L;
  if (!strcmp(name, "alt")) return XK_Alt_L;
  if (!strcmp(name, "super")) return XK_Super_L;
  return NoSymbol;
}

/* parse_keys turns "ctrl+3" into keycodes, pressed in order, released in reverse. */
static int parse_keys(Display *dpy, const char *spec, KeyCode *codes, int max) {
  char *copy = strdup(spec), *save = NULL;
  int n = 0;
  for (char *tok = strtok_r(copy, "+", &save); tok; tok = strtok_r(NULL, "+", &save)) {
    KeySym sym = modifier(tok);
    if (sym == NoSymbol) sym = XStringToKeysym(tok);
    if (sym == NoSymbol) {
      fprintf(stderr, "xwatch: unknown key %s\n", tok);
      exit(2);
    }
    KeyCode code = XKeysymToKeycode(dpy, sym);
    if (!code) {
      fprintf(stderr, "xwatch: no keycode for %s\n", tok);
      exit(2);
    }
    if (n == max) die("too many keys");
    codes[n++] = code;
  }
  free(copy);
  return n;
}

static void send_keys(Display *dpy, const KeyCode *codes, int n) {
  for (int i = 0; i < n; i++) XTestFakeKeyEvent(dpy, codes[i], True, CurrentTime);
  for (int i = n - 1; i >= 0; i--) XTestFakeKeyEvent(dpy, codes[i], False, CurrentTime);
  XFlush(dpy);
}

static void usage(void) {
  fprintf(stderr, "usage: xwatch [-k KEYS] [-q QUIET_MS] [-p POLL_MS] [-g WxH+X+Y] WINDOW|root TIMEOUT_MS\n");
  exit(2);
}

int main(int argc, char **argv) {
  const char *keys = NULL, *geom = NULL;
  double quiet = 500, poll = 0;
  int i = 1;
  for (; i < argc && argv[i][0] == '-'; i += 2) {
    if (i + 1 >= argc) usage();
    if (!strcmp(argv[i], "-k")) keys = argv[i + 1];
    else if (!strcmp(argv[i], "-q")) quiet = atof(argv[i + 1]);
    else if (!strcmp(argv[i], "-p")) poll = atof(argv[i + 1]);
    else if (!strcmp(argv[i], "-g")) geom = argv[i + 1];
    else usage();
  }
  if (argc - i != 2) usage();
  double timeout = atof(argv[i + 1]);

  Display *dpy = XOpenDisplay(NULL);
  if (!dpy) die("cannot open display");
  Window win = strcmp(argv[i], "root") ? (Window)strtoul(argv[i], NULL, 0) : DefaultRootWindow(dpy);
  XWindowAttributes attr;
  if (!XGetWindowAttributes(dpy, win, &attr)) die("no such window");
  int x = 0, y = 0;
  unsigned w = attr.width, h = attr.height;
  if (geom) {
    int flags = XParseGeometry(geom, &x, &y, &w, &h);
    if (!(flags & WidthValue) || !(flags & HeightValue)) die("geometry is WxH+X+Y");
  }
  KeyCode codes[8];
  int ncodes = 0;
  if (keys) {
    int ev, err, maj, min;
    if (!XTestQueryExtension(dpy, &ev, &err, &maj, &min)) die("the server has no XTEST");
    ncodes = parse_keys(dpy, keys, codes, 8);
  }

  /* Two buffers used in turn: each grab is compared with the one before. */
  grabber g[2];
  grab_init(&g[0], dpy, win, x, y, w, h);
  grab_init(&g[1], dpy, win, x, y, w, h);
  const char *prev = grab(&g[0]);
  size_t size = grab_size(&g[0]);
  char *before = malloc(size);
  if (!before) die("out of memory");
  memcpy(before, prev, size);

  double t0 = now_ms(), first = -1, last = -1, t = t0;
  if (ncodes) send_keys(dpy, codes, ncodes);
  long grabs = 0, changes = 0;
  int cur = 1, settled = 0;
  for (;;) {
    double start = now_ms();
    const char *img = grab(&g[cur]);
    t = now_ms();
    grabs++;
    if (memcmp(img, prev, size)) {
      changes++;
      last = t - t0;
      if (first < 0 && memcmp(img, before, size)) first = last;
    }
    prev = img;
    cur ^= 1;
    if (last >= 0 && t - t0 - last >= quiet) {
      settled = 1;
      break;
    }
    if (t - t0 >= timeout) break;
    if (poll > 0) sleep_until(start + poll);
  }
  double per = (t - t0) / grabs;
  if (first < 0)
    printf("first_ms=- last_ms=- changes=%ld grabs=%ld grab_ms=%.2f settled=%d\n", changes, grabs, per,
           settled);
  else
    printf("first_ms=%.1f last_ms=%.1f changes=%ld grabs=%ld grab_ms=%.2f settled=%d\n", first, last,
           changes, grabs, per, settled);
  return 0;
}
