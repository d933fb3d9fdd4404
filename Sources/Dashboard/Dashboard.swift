import DurableAPI

/// The dashboard application without curses: state, views, key map, poller and rendering into a cell grid.
public enum Dashboard {}
