import DurableAPI

extension RowOrder {
    /// The keys of the rows `build` read, in order.
    ///
    /// A key is six words, and sorting 100,000 of them directly spends most of its time moving them. So each
    /// row's position is sorted with one word instead (a ``Lead``): its value's leading word or, on a ranked text
    /// column (`valuesRepeat`: thousands of rows share a name or a status), its text's rank above its id's leading
    /// bits. A radix sort orders the leads. Each run of equal words is then sorted by the rows' whole values and ids
    /// (the children of one orchestration share their ids' first 32 bytes). Last, each key is made once, in its
    /// chunk.
    static func sorted(_ build: OrderBuild, descending: Bool, valuesRepeat: Bool) -> ChunkedKeys {
        var leads: [Lead] = []
        leads.reserveCapacity(build.count)
        if valuesRepeat {
            let ranks = build.rankCount
            let rankBits = ranks > 1 ? Int.bitWidth - (ranks - 1).leadingZeroBitCount : 0
            for position in 0..<build.count {
                let rank = build.rank(position)
                let ordered = UInt64(descending ? ranks - 1 - rank : rank)
                let word = ordered << (UInt64.bitWidth - rankBits) | build.idWords(position).leading >> rankBits
                leads.append(Lead(word: word, idHead: 0, position: position))
            }
        } else {
            for position in 0..<build.count {
                let leading = build.value(position).leading
                let idHead = UInt32(truncatingIfNeeded: build.idWords(position).leading >> 32)
                leads.append(Lead(word: descending ? ~leading : leading, idHead: idHead, position: position))
            }
        }
        leads = radixSorted(leads)
        var start = 0
        while start < leads.count {
            var end = start + 1
            while end < leads.count && leads[end].word == leads[start].word {
                end += 1
            }
            if end - start > 1 {
                sortRun(&leads, start..<end, build: build, descending: descending)
            }
            start = end
        }
        return ChunkedKeys(leads.lazy.map { build.key($0.position) })
    }

    /// The run `range` of `leads`, whose words are equal, sorted: by the rows' ids where each value is one word (equal
    /// words are then equal values), else by their whole values, then ids. Runs are mostly a few rows (instances made
    /// in the same second, an orchestration's children), which an insertion sort orders in place with no closure to
    /// hold a copy of `build`; a long run is sorted by the standard library.
    private static func sortRun(_ leads: inout [Lead], _ range: Range<Int>, build: OrderBuild, descending: Bool) {
        let idsDecide = build.wordValues
        guard range.count <= shortRun else {
            leads[range].sort { first, second in
                idsDecide
                    ? first.idPrecedes(second, in: build)
                    : build.precedes(first.position, second.position, descending: descending)
            }
            return
        }
        for index in (range.lowerBound + 1)..<range.upperBound {
            let lead = leads[index]
            var place = index
            while place > range.lowerBound {
                let before = leads[place - 1]
                let precedes =
                    idsDecide
                    ? lead.idPrecedes(before, in: build)
                    : build.precedes(lead.position, before.position, descending: descending)
                guard precedes else {
                    break
                }
                leads[place] = leads[place - 1]
                place -= 1
            }
            leads[place] = lead
        }
    }

    /// The longest run ``sortRun(_:_:build:descending:)`` sorts by insertion.
    private static let shortRun = 16

    /// `leads` ordered by their words, equal words in the order given: a radix sort, least significant byte first,
    /// that passes over the bytes every lead shares (most of a time's). It moves each lead a few times where a
    /// comparison sort compares it some seventeen times, which at 100,000 keys was a third of a re-sort.
    private static func radixSorted(_ leads: [Lead]) -> [Lead] {
        let bytes = UInt64.bitWidth / 8
        var counts = [Int](repeating: 0, count: bytes * 256)
        for lead in leads {
            for byte in 0..<bytes {
                counts[byte * 256 + lead.byte(byte)] += 1
            }
        }
        var source = leads
        var target = leads
        for byte in 0..<bytes {
            let buckets = counts[(byte * 256)..<(byte * 256 + 256)]
            if buckets.contains(leads.count) {
                continue
            }
            var next: [Int] = []
            next.reserveCapacity(256)
            var total = 0
            for count in buckets {
                next.append(total)
                total += count
            }
            target.withUnsafeMutableBufferPointer { output in
                for lead in source {
                    let bucket = lead.byte(byte)
                    output[next[bucket]] = lead
                    next[bucket] += 1
                }
            }
            swap(&source, &target)
        }
        return source
    }

    /// A row's position with the word ``RowOrder/sorted(_:descending:valuesRepeat:)`` sorts it by, in 16 bytes.
    private struct Lead {
        /// The value's leading word (inverted when larger values come first), or a ranked text's rank (inverted
        /// likewise) above the id's leading bits.
        let word: UInt64
        /// The id's first four bytes when the word holds none of the id (zero on a ranked column): rows of equal
        /// values (instances created in the same millisecond) are mostly told apart by these, without reading the
        /// build's ids from all over memory.
        let idHead: UInt32
        /// The row's position in the build.
        private let index: UInt32

        /// A lead for the row at `position`.
        init(word: UInt64, idHead: UInt32, position: Int) {
            precondition(position <= UInt32.max, "a build holds at most 2^32 rows")
            self.word = word
            self.idHead = idHead
            index = UInt32(position)
        }

        /// The row's position in the build.
        var position: Int { Int(index) }

        /// Byte `index` of the word, the least significant first.
        func byte(_ index: Int) -> Int {
            Int(truncatingIfNeeded: word >> UInt64(index * 8)) & 0xFF
        }

        /// Whether this row's id sorts before `other`'s: by the ids' first bytes kept here, then as `build` orders
        /// the ids.
        func idPrecedes(_ other: Lead, in build: OrderBuild) -> Bool {
            guard idHead == other.idHead else {
                return idHead < other.idHead
            }
            return build.idPrecedes(position, other.position)
        }
    }
}
