import CCurses
import Dashboard

/// The only module that calls curses: it paints the dashboard's cell grid and turns keys into events.
public enum TerminalUI {}
