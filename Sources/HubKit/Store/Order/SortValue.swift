/// What a row sorts by in a column: a number (a time, a duration) or a text (an id, a name).
public enum SortValue: Hashable, Sendable {
    /// A number.
    case number(Double)
    /// A text, ordered by its UTF-8 bytes (the order of its Unicode scalars).
    case text(String)
}
