/// An instance id with its hash worked out once.
///
/// A dictionary growing to 100,000 ids moves every key each time it doubles, hashing each again; with this key a
/// move hashes one number, not the id's bytes. Two keys compare their hashes before their texts, so a probe past
/// another id rarely reads either text.
struct HashedID: Hashable, Sendable {
    /// The id.
    let id: String
    /// The id's hash, seeded as every hash in this process is.
    private let hash: Int

    /// The key of `id`.
    init(_ id: String) {
        self.id = id
        hash = id.hashValue
    }

    static func == (lhs: HashedID, rhs: HashedID) -> Bool {
        lhs.hash == rhs.hash && lhs.id == rhs.id
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
