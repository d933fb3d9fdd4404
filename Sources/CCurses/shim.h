// Thin shim over ncursesw for Swift. It switches on the wide-character API itself, because SwiftPM drops the
// -D flags that pkg-config supplies, and it wraps the macros, globals and variadic calls Swift cannot import.
#ifndef DURABLETOP_CCURSES_SHIM_H
#define DURABLETOP_CCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

/// Screen size of a window, as `getmaxyx` gives it.
typedef struct {
    int rows;
    int cols;
} dt_size;

static inline dt_size dt_getmaxyx(WINDOW *win) {
    dt_size size;
    getmaxyx(win, size.rows, size.cols);
    return size;
}

static inline attr_t dt_a_normal(void) { return A_NORMAL; }
static inline attr_t dt_a_bold(void) { return A_BOLD; }
static inline attr_t dt_a_dim(void) { return A_DIM; }
static inline attr_t dt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dt_a_reverse(void) { return A_REVERSE; }
static inline attr_t dt_a_italic(void) { return A_ITALIC; }

/// The locale's character set name, e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *dt_codeset(void) { return nl_langinfo(CODESET); }


/// The key code of function key `n` (`KEY_F(n)`).
static inline int dt_key_f(int n) { return KEY_F(n); }

/// Starts curses on the process's standard output and input; NULL when the terminal type is unusable.
static inline SCREEN *dt_newterm(const char *term) { return newterm(term, stdout, stdin); }

/// The standard screen window of the current screen.
static inline WINDOW *dt_stdscr(void) { return stdscr; }

/// The physical screen window (`curscr`), for forcing a full repaint.
static inline WINDOW *dt_curscr(void) { return curscr; }

/// Number of colours the terminal supports (`COLORS`), valid after `start_color`.
static inline int dt_colors(void) { return COLORS; }

/// Number of colour pairs the terminal supports (`COLOR_PAIRS`), valid after `start_color`.
static inline int dt_color_pairs(void) { return COLOR_PAIRS; }

/// The kernel's idea of the terminal size on a file descriptor (`TIOCGWINSZ`); zeros when it is unknown.
static inline dt_size dt_window_size(int fd) {
    struct winsize ws;
    dt_size size = {0, 0};
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0) {
        size.rows = ws.ws_row;
        size.cols = ws.ws_col;
    }
    return size;
}

/// A terminfo string capability of the current terminal, or NULL when it is absent or not a string.
static inline const char *dt_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) {
        return NULL;
    }
    return value;
}

#endif
