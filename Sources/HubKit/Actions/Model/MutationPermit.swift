/// Proof that mutations are allowed in this session. Dialogs and the bulk runner cannot be created without one,
/// and a read-only session never gets one, so read-only mode removes mutations entirely rather than hiding them.
public struct MutationPermit: Hashable, Sendable {
    private init() {}

    /// A permit, or `nil` in read-only mode.
    public static func granted(readOnly: Bool) -> MutationPermit? {
        readOnly ? nil : MutationPermit()
    }
}
