// Thin shim over ncursesw for Swift. It switches on the wide-character API itself, because SwiftPM drops the
// -D flags that pkg-config supplies, and it wraps the macros Swift cannot import.
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

/// Display width of one character in the current locale; -1 when it is not printable.
static inline int dt_wcwidth(wchar_t c) { return wcwidth(c); }

/// The locale's character set name, e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *dt_codeset(void) { return nl_langinfo(CODESET); }

static inline int dt_key_code_yes(void) { return KEY_CODE_YES; }

#endif
