/// Where text that does not fit its field shows that it was cut.
public enum Ellipsis: Hashable, Sendable {
    /// Cut at the field's end, with no marker.
    case none
    /// Cut at the end, which becomes `…` (`~` in ASCII mode).
    case end
    /// Cut in the middle, which becomes `…`: the head and the tail stay, the tail getting two thirds, because the
    /// end of an id (`<parent>:<n>`, the last hex digits) is what tells rows apart.
    case middle
}
