import CCurses

/// What curses needs to draw a cell in a style: attribute bits and a colour pair number.
struct CellLook: Hashable {
    /// `A_BOLD`, `A_REVERSE`, ... combined.
    var attributes: attr_t
    /// The colour pair; 0 is the terminal's default colours.
    var pair: Int16
}
