import DurableAPI

/// The rows and sort texts a ``RowOrder``'s keys point to, by slot, appended as rows arrive.
///
/// Entries live in chunks, so a copy of the table shares them: appending copies at most the last chunk, and the
/// copy the screen holds stays as it was.
struct RowTable: RandomAccessCollection, Sendable {
    /// One row, for its id, and, for a text column, its sort text.
    ///
    /// The entry holds the row itself rather than a copy of its id: building an order then takes one reference
    /// per row, the one it already holds, instead of a second on an id string elsewhere in memory. The row may be
    /// an older copy than the store's (only its id is read); ``RowOrder`` counts such entries and builds itself
    /// again before they hold many rows the store has let go.
    struct Entry: Sendable {
        /// The row, as it was when placed.
        let row: OrchestrationStatus
        /// Its sort text; `nil` in a number column.
        let text: String?

        /// The row's id.
        var id: String { row.instanceId }
    }

    /// Entries per chunk.
    private static let chunkSize = 4096
    /// The chunks, each full but the last.
    private var chunks: [[Entry]] = []
    /// The number of entries.
    private(set) var count = 0

    /// An empty table.
    init() {}

    /// The first slot.
    var startIndex: Int { 0 }
    /// The slot after the last.
    var endIndex: Int { count }

    /// The entry in `slot`.
    subscript(slot: Int) -> Entry {
        chunks[slot / Self.chunkSize][slot % Self.chunkSize]
    }

    /// The id of the row in `slot`, read without copying its entry.
    func id(at slot: Int) -> String {
        chunks[slot / Self.chunkSize][slot % Self.chunkSize].row.instanceId
    }

    /// The words of the id of the row in `slot`.
    func idWords(at slot: Int) -> OrderWords {
        chunks[slot / Self.chunkSize][slot % Self.chunkSize].row.instanceIdWords
    }

    /// Appends an entry and returns its slot.
    mutating func append(_ entry: consuming Entry) -> Int {
        if chunks.isEmpty || chunks[chunks.count - 1].count == Self.chunkSize {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
        }
        chunks[chunks.count - 1].append(entry)
        count += 1
        return count - 1
    }
}
