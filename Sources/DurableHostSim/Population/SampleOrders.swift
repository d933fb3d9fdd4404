import DurableAPI

/// Inputs for `ProcessOrder` as the simulated shop sends them.
enum SampleOrders {
    /// An order number as the shop prints it, e.g. `ORD-48213`.
    static func orderId(_ random: inout SeededRandom) -> String {
        "ORD-\(random.int(in: 10_000...99_999))"
    }

    /// A `ProcessOrder` input for order `orderId` paid in `currency`: an amount and the card's last four digits.
    static func input(orderId: String, currency: String, _ random: inout SeededRandom) -> String {
        let cards = ["4242", "1881", "0005", "5100", "3782"]
        return ProgramJSON.text([
            "orderId": .string(orderId),
            "amount": .number(JSONNumber(Double(random.int(in: 500...90_000)) / 100)),
            "currency": .string(currency),
            "card": .string(cards[random.int(in: 0...(cards.count - 1))]),
        ])
    }
}
