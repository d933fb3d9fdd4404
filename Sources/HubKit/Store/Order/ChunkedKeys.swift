/// A ``RowOrder``'s keys in display order, kept in chunks of a few hundred.
///
/// A tick that moves a few rows of 100,000 writes only the chunks those rows leave or join; the new order shares
/// every other chunk with the order it came from, which the screen may still be showing. A flat array would be
/// copied whole, megabytes of keys, at each tick that moves any row.
struct ChunkedKeys: RandomAccessCollection, Sendable {
    /// The keys a build puts in each chunk; an edited chunk is split into chunks this size once it holds more than
    /// twice as many.
    static let chunkSize = 512

    /// The chunks, none empty, in order.
    private var chunks: [[RowOrder.Key]] = []
    /// The position of each chunk's first key.
    private var starts: [Int] = []
    /// The number of keys.
    private(set) var count = 0

    /// No keys.
    init() {}

    /// `keys`, in their order, in chunks of ``chunkSize``.
    init(_ keys: some Sequence<RowOrder.Key>) {
        var chunk: [RowOrder.Key] = []
        chunk.reserveCapacity(Self.chunkSize)
        for key in keys {
            chunk.append(key)
            if chunk.count == Self.chunkSize {
                append(chunk)
                chunk = []
                chunk.reserveCapacity(Self.chunkSize)
            }
        }
        append(chunk)
    }

    /// The first position.
    var startIndex: Int { 0 }
    /// The position after the last.
    var endIndex: Int { count }

    /// The key at a position.
    subscript(position: Int) -> RowOrder.Key {
        let chunk = chunkIndex(of: position)
        return chunks[chunk][position - starts[chunk]]
    }

    /// These keys without the ones at `removals` (ascending positions), with each of `insertions` (ascending
    /// places) put before the key at its place, or at the end when its place is ``count``. Only the chunks holding
    /// a removal or a place are copied.
    func edited(removing removals: [Int], inserting insertions: [(place: Int, key: RowOrder.Key)]) -> ChunkedKeys {
        var result = ChunkedKeys()
        var removal = 0
        var insertion = 0
        for (index, chunk) in chunks.enumerated() {
            let start = starts[index]
            let end = start + chunk.count
            let isLast = index == chunks.count - 1
            let removes = removal < removals.count && removals[removal] < end
            let inserts = insertion < insertions.count && (insertions[insertion].place < end || isLast)
            guard removes || inserts else {
                result.append(chunk)
                continue
            }
            var edited: [RowOrder.Key] = []
            edited.reserveCapacity(chunk.count + 1)
            for (offset, key) in chunk.enumerated() {
                let position = start + offset
                while insertion < insertions.count && insertions[insertion].place <= position {
                    edited.append(insertions[insertion].key)
                    insertion += 1
                }
                if removal < removals.count && removals[removal] == position {
                    removal += 1
                } else {
                    edited.append(key)
                }
            }
            if isLast {
                edited.append(contentsOf: insertions[insertion...].map(\.key))
                insertion = insertions.count
            }
            result.append(edited, splittingOver: 2 * Self.chunkSize)
        }
        if chunks.isEmpty {
            result.append(insertions.map(\.key), splittingOver: 2 * Self.chunkSize)
        }
        return result
    }

    /// Appends `keys` as one chunk, or as chunks of ``chunkSize`` when they are more than `limit`.
    private mutating func append(_ keys: [RowOrder.Key], splittingOver limit: Int) {
        guard keys.count > limit else {
            append(keys)
            return
        }
        var start = 0
        while start < keys.count {
            let end = Swift.min(start + Self.chunkSize, keys.count)
            append(Array(keys[start..<end]))
            start = end
        }
    }

    /// Appends a chunk, unless it is empty.
    private mutating func append(_ chunk: [RowOrder.Key]) {
        guard !chunk.isEmpty else {
            return
        }
        chunks.append(chunk)
        starts.append(count)
        count += chunk.count
    }

    /// The chunk holding a position: the last whose start is not after it (binary search).
    private func chunkIndex(of position: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }
}
