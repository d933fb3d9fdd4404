import DurableAPI

extension RowOrder {
    /// The keys of the rows `build` read, in order.
    ///
    /// A key is eleven words, and sorting 100,000 of them directly spends most of its time moving them. So each
    /// row's leading words and its position are sorted instead: its value's leading word and, when every value is
    /// one word (``OrderBuild/wordValues``: a number, or a text's rank), its id's leading word too. A radix sort
    /// orders them by value, and by id too when values repeat a lot (`valuesRepeat`: a ranked text column, where
    /// thousands of rows share a name or a status). Each run of equal leads (equal values, and equal ids too where the
    /// radix sort ordered those) is then sorted by the rows' whole words (the children of one orchestration share
    /// their ids' first 32 bytes). Last, each key is made once, in its chunk.
    static func sorted(_ build: OrderBuild, descending: Bool, valuesRepeat: Bool) -> ChunkedKeys {
        let wordValues = build.wordValues
        var leads: [Lead] = []
        leads.reserveCapacity(build.count)
        for position in 0..<build.count {
            let leading = build.value(position).leading
            let id = wordValues ? build.idLeading(position) : 0
            leads.append(Lead(value: descending ? ~leading : leading, id: id, position: position))
        }
        leads = radixSorted(leads, bytes: valuesRepeat ? Lead.allBytes : Lead.valueBytes)
        var start = 0
        while start < leads.count {
            var end = start + 1
            while end < leads.count && leads[end].value == leads[start].value
                && (!valuesRepeat || leads[end].id == leads[start].id)
            {
                end += 1
            }
            if end - start > 1 {
                sortRun(&leads, start..<end, build: build, descending: descending)
            }
            start = end
        }
        return ChunkedKeys(leads.lazy.map { build.key($0.position) })
    }

    /// The run `range` of `leads`, whose values' leading words are equal (and their ids' too where the radix sort
    /// ordered those), sorted by the ids' leading words, then by the rows' whole words. Runs are mostly a few rows
    /// (instances made in the same second, an orchestration's children), which an insertion sort orders in place with
    /// no closure to hold a copy of `build`; a long run is sorted by the standard library.
    private static func sortRun(_ leads: inout [Lead], _ range: Range<Int>, build: OrderBuild, descending: Bool) {
        guard range.count <= shortRun else {
            leads[range].sort { first, second in
                first.precedes(second, in: build, descending: descending)
            }
            return
        }
        for index in (range.lowerBound + 1)..<range.upperBound {
            let lead = leads[index]
            var place = index
            while place > range.lowerBound && lead.precedes(leads[place - 1], in: build, descending: descending) {
                leads[place] = leads[place - 1]
                place -= 1
            }
            leads[place] = lead
        }
    }

    /// The longest run ``sortRun(_:_:build:descending:)`` sorts by insertion.
    private static let shortRun = 16

    /// `leads` ordered by the bytes `bytes` of the number they sort by (see ``Lead/byte(_:)``), equal leads in the
    /// order given: a radix sort, least significant byte first, that passes over the bytes every lead shares (most
    /// of a time's). It moves each lead a few times where a comparison sort compares it some seventeen times, which
    /// at 100,000 keys was a third of a re-sort.
    private static func radixSorted(_ leads: [Lead], bytes: Range<Int>) -> [Lead] {
        var counts = [Int](repeating: 0, count: Lead.allBytes.count * 256)
        for lead in leads {
            for byte in bytes {
                counts[byte * 256 + lead.byte(byte)] += 1
            }
        }
        var source = leads
        var target = leads
        for byte in bytes {
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

    /// A key's leading words and its position, as ``RowOrder/sorted(_:descending:valuesRepeat:)`` sorts them.
    private struct Lead {
        /// The value's leading word, inverted when larger values come first.
        let value: UInt64
        /// The id's leading word, or zero when the value words alone do not decide the value.
        let id: UInt64
        /// The key's position.
        let position: Int

        /// The bytes a lead sorts by, the least significant first: the id's eight, then the value's.
        static let allBytes = 0..<16
        /// The value's bytes.
        static let valueBytes = 8..<16

        /// Whether this lead sorts before `other`, whose value has the same leading word: by the ids' leading words,
        /// then as `build` orders the two rows.
        func precedes(_ other: Lead, in build: OrderBuild, descending: Bool) -> Bool {
            guard id == other.id else {
                return id < other.id
            }
            return build.precedes(position, other.position, descending: descending)
        }

        /// Byte `index` of the number the lead sorts by (the value's word above the id's), the least significant
        /// first.
        func byte(_ index: Int) -> Int {
            let word = index < 8 ? id : value
            return Int(truncatingIfNeeded: word >> UInt64(index % 8 * 8)) & 0xFF
        }
    }
}
