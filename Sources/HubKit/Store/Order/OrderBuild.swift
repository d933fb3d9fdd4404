import DurableAPI

/// The shown rows a build of a ``RowOrder`` has read, by position (which is also each row's slot in the table):
/// their entries, their ids' words and their values, kept apart so that sorting moves small leads and each key is
/// made once, in its chunk.
///
/// A number column keeps each row's number. A text column numbers its distinct texts as it meets them
/// (``TextNumbering``); when they stay few, ``ranked(share:)`` ranks them and each row keeps its text's rank as its
/// number; otherwise each row keeps its text's words.
struct OrderBuild {
    /// The rows and texts, by position.
    private(set) var table = RowTable()
    /// Each row's id's words.
    private var ids: [OrderWords] = []
    /// Each row's id's bytes 32–39.
    private var idTails: [UInt64] = []
    /// Each row's number: its value, its text's number while the texts are numbered, or its text's rank.
    private var numbers: [Double] = []
    /// Each row's text's words, once the texts are too many to rank; `nil` until then.
    private var texts: [OrderWords]?
    /// The distinct texts of a text column while they are few.
    private var numbering: TextNumbering
    /// Whether the column is a text column.
    private(set) var keyedByText = false
    /// The positions of the rows that are not terminal.
    private(set) var movingPositions: [Int] = []
    /// The number of distinct texts ``ranked(share:)`` ranked; zero when it ranked none.
    private(set) var rankCount = 0

    /// A build of at most `capacity` rows, ranking a text column that holds at most `limit` distinct texts.
    init(capacity: Int, limit: Int) {
        numbering = TextNumbering(limit: limit)
        ids.reserveCapacity(capacity)
        idTails.reserveCapacity(capacity)
        numbers.reserveCapacity(capacity)
    }

    /// The number of rows read.
    var count: Int { ids.count }

    /// Reads a shown row and its value.
    mutating func add(_ row: OrchestrationStatus, value: SortValue) {
        switch value {
        case .number(let number):
            numbers.append(number)
            _ = table.append(RowTable.Entry(row: row, text: nil))
        case .text(let text):
            keyedByText = true
            numbers.append(Double(numbering.number(of: text) ?? 0))
            _ = table.append(RowTable.Entry(row: row, text: text))
        }
        ids.append(row.instanceIdWords)
        idTails.append(row.instanceIdTail)
        if !row.runtimeStatus.isTerminal {
            movingPositions.append(ids.count - 1)
        }
    }

    /// Settles a text column's values once every row is read: ranks the texts when there is at most one per
    /// `share` rows, and returns the ranks; otherwise keeps each row's text's words. `nil` for a number column and
    /// for texts too many to rank.
    mutating func ranked(share: Int) -> TextRanks? {
        guard keyedByText else {
            return nil
        }
        let distinct = numbering.texts
        guard !numbering.overflowed, !distinct.isEmpty, distinct.count <= count / share else {
            texts = table.map { OrderWords(text: $0.text ?? "") }
            return nil
        }
        var ranks = TextRanks(distinct)
        var rankOfNumber: [Double] = []
        for text in distinct {
            guard let rank = ranks.rank(of: text) else {
                preconditionFailure("every text of the column was ranked")
            }
            rankOfNumber.append(rank)
        }
        for position in numbers.indices {
            numbers[position] = rankOfNumber[Int(numbers[position])]
        }
        rankCount = distinct.count
        return ranks
    }

    /// Whether each value is one word (a number, or a text's rank), which alone decides its order.
    var wordValues: Bool { texts == nil }

    /// The words of the value of the row at `position`.
    func value(_ position: Int) -> OrderWords {
        texts?[position] ?? OrderWords(number: numbers[position])
    }

    /// The rank of the text of the row at `position`, from zero, once ``ranked(share:)`` has ranked the column.
    func rank(_ position: Int) -> Int {
        Int(numbers[position])
    }

    /// The key of the row at `position`.
    func key(_ position: Int) -> RowOrder.Key {
        RowOrder.Key(value: value(position), slot: position)
    }

    /// Whether the row at `first` sorts before the row at `second`: as ``KeyOrdering`` orders their keys, reading
    /// the words kept here and the table only when the words tie.
    func precedes(_ first: Int, _ second: Int, descending: Bool) -> Bool {
        var valueOrder = OrderWords.order(value(first), value(second))
        if valueOrder == nil {
            valueOrder = ByteOrder.compare(table[first].text ?? "", table[second].text ?? "")
        }
        if let valueOrder, valueOrder != 0 {
            return descending ? valueOrder > 0 : valueOrder < 0
        }
        return idPrecedes(first, second)
    }

    /// Whether the id of the row at `first` sorts before the id of the row at `second`: by the ids' words, then by
    /// their tails, then by their whole bytes when both are longer than the words and tails hold and these tie.
    func idPrecedes(_ first: Int, _ second: Int) -> Bool {
        let order =
            OrderWords.order(ids[first], tail: idTails[first], ids[second], tail: idTails[second])
            ?? ByteOrder.compare(table.id(at: first), table.id(at: second))
        return order < 0
    }

    /// The words of the row at `position`'s id.
    func idWords(_ position: Int) -> OrderWords {
        ids[position]
    }
}
