/// The distinct sort texts of a text column in order, each with a rank that orders as the text does, so that keys
/// compare numbers instead of texts.
///
/// A column of 100,000 rows holds few distinct texts (orchestrator names, statuses, custom status summaries), and
/// without ranks most comparisons in a sort would be between equal texts, each read in full. A text new since the
/// ranks were made gets a rank between its neighbours'; when two neighbours' ranks are too close to split, it has
/// none, and the order is built again.
struct TextRanks: Sendable {
    /// The texts, in byte order.
    private var texts: [String] = []
    /// Their ranks, ascending.
    private var values: [Double] = []
    /// The rank of each text.
    private var known: [String: Double] = [:]

    /// No texts.
    init() {}

    /// Ranks 0, 1, 2, … for `distinct` texts (each once) in byte order.
    init(_ distinct: [String]) {
        texts = distinct.sorted { ByteOrder.compare($0, $1) < 0 }
        values = texts.indices.map(Double.init)
        for (text, rank) in zip(texts, values) {
            known[text] = rank
        }
    }

    /// The rank of a text, giving a new text one between its neighbours'; `nil` when no number is left between them.
    mutating func rank(of text: String) -> Double? {
        if let rank = known[text] {
            return rank
        }
        let position = texts.sortedPosition(of: text) { ByteOrder.compare($0, $1) < 0 }
        let below = position > 0 ? values[position - 1] : (values.first ?? 1) - 1
        let above = position < values.count ? values[position] : (values.last ?? -1) + 1
        let rank = (below + above) / 2
        guard below < rank && rank < above else {
            return nil
        }
        texts.insert(text, at: position)
        values.insert(rank, at: position)
        known[text] = rank
        return rank
    }
}
