import DurableAPI
import Testing

@testable import HubKit

@Suite("Chunked keys")
struct ChunkedKeysTests {
    /// A key told apart by its slot.
    private static func key(_ slot: Int) -> RowOrder.Key {
        RowOrder.Key(value: OrderWords(number: Double(slot)), slot: slot)
    }

    @Test(
        "edits read as the same edits of a plain array, across chunk ends, splits and emptied chunks",
        arguments: [0, 1, 511, 512, 513, 5_000]
    )
    func editsMatchArray(count: Int) {
        var random = SplitMix(seed: UInt64(count) + 3)
        var plain = (0..<count).map(Self.key)
        var chunked = ChunkedKeys(plain)
        var nextSlot = count
        for step in 0..<30 {
            var removals = Set<Int>()
            let removing = plain.isEmpty ? 0 : Int(random.next() % UInt64(min(plain.count, step < 10 ? 40 : 700)))
            let run = plain.isEmpty ? 0 : Int(random.next() % UInt64(plain.count))
            for offset in 0..<removing {
                removals.insert(step % 3 == 0 ? (run + offset) % plain.count : Int(random.next() % UInt64(plain.count)))
            }
            var insertions: [(place: Int, key: RowOrder.Key)] = []
            for _ in 0..<Int(random.next() % (step % 4 == 0 ? 1_200 : 30)) {
                insertions.append((Int(random.next() % UInt64(plain.count + 1)), Self.key(nextSlot)))
                nextSlot += 1
            }
            insertions.sort { $0.place < $1.place }
            var expected: [RowOrder.Key] = []
            var insertion = 0
            for (position, key) in plain.enumerated() {
                while insertion < insertions.count && insertions[insertion].place <= position {
                    expected.append(insertions[insertion].key)
                    insertion += 1
                }
                if !removals.contains(position) {
                    expected.append(key)
                }
            }
            expected.append(contentsOf: insertions[insertion...].map(\.key))
            chunked = chunked.edited(removing: removals.sorted(), inserting: insertions)
            plain = expected
            #expect(chunked.count == plain.count)
            #expect(Array(chunked) == plain)
        }
    }

    @Test("an edit leaves the keys it came from as they were")
    func editLeavesOriginal() {
        let original = ChunkedKeys((0..<2_000).map(Self.key))
        let edited = original.edited(removing: [0, 700, 1_999], inserting: [(place: 512, key: Self.key(9_999))])
        #expect(Array(original) == (0..<2_000).map(Self.key))
        #expect(edited.count == 1_998)
        #expect(edited[511] == Self.key(9_999))
    }
}
