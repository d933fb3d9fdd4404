import Dashboard
import ScreenKit

@testable import DurableHostSim

/// The keys a soak presses: weighted so dialogs open, get filled in and get confirmed often, between navigation,
/// filters, marks, view switches, refreshes and resizes.
enum SoakKeys {
    /// One weighted choice: how often it is drawn, and the events it sends.
    private struct Choice: Sendable {
        let weight: Int
        let events: @Sendable (inout SeededRandom, [String]) -> [InputEvent]
    }

    /// The events of the next step; `ids` are instance ids the host holds, so filters sometimes match.
    static func next(using generator: inout SeededRandom, ids: [String]) -> [InputEvent] {
        let total = choices.reduce(0) { $0 + $1.weight }
        var pick = Int.random(in: 0..<total, using: &generator)
        for choice in choices {
            if pick < choice.weight {
                return choice.events(&generator, ids)
            }
            pick -= choice.weight
        }
        return []
    }

    private static func keys(_ keys: KeyEvent...) -> @Sendable (inout SeededRandom, [String]) -> [InputEvent] {
        { generator, _ in [.key(keys.randomElement(using: &generator)!)] }
    }

    private static func typed(_ text: String) -> [InputEvent] {
        text.map { .key(.character($0)) }
    }

    private static let choices: [Choice] = [
        Choice(weight: 14, events: keys(.character("j"), .character("k"), .down, .up, .pageDown, .pageUp)),
        Choice(weight: 3, events: keys(.character("g"), .character("G"), .home, .end)),
        Choice(weight: 10, events: keys(.enter)),
        Choice(weight: 8, events: keys(.escape)),
        Choice(weight: 10, events: keys(.tab, .backTab)),
        Choice(
            weight: 12,
            events: keys(
                .character("T"),
                .character("E"),
                .character("S"),
                .character("W"),
                .character("R"),
                .character("X"),
                .character("P"),
                .character("N")
            )
        ),
        Choice(
            weight: 6,
            events: keys(.character(" "), .character("v"), .character("a"), .character("u"), .character("b"))
        ),
        Choice(weight: 4, events: keys(.character("1"), .character("2"), .character("3"), .character("0"))),
        Choice(weight: 6, events: keys(.backspace, .delete, .left, .right, .control("u"), .control("w"))),
        Choice(
            weight: 6,
            events: keys(
                .character("s"),
                .character("w"),
                .character("e"),
                .character("o"),
                .character(">"),
                .character("<"),
                .character("t"),
                .character("r"),
                .character("p"),
                .character("?")
            )
        ),
        Choice(
            weight: 5,
            events: { generator, _ in
                let words = ["ApprovalEvent", "{\"approved\": tru", "{\"approved\": true}", "42", "null", "ops", "x"]
                return typed(words.randomElement(using: &generator)!)
            }
        ),
        Choice(
            weight: 4,
            events: { generator, ids in
                let id = ids.randomElement(using: &generator) ?? "none"
                let length = Int.random(in: 1...max(1, id.count), using: &generator)
                return [.key(.character("/"))] + typed(String(id.prefix(length))) + [.key(.enter)]
            }
        ),
        Choice(
            weight: 2,
            events: { generator, _ in
                let commands = [
                    "entities", "instances", "status failed", "status all", "window 1h", "window 24h", "help",
                ]
                return [.key(.character(":"))] + typed(commands.randomElement(using: &generator)!) + [.key(.enter)]
            }
        ),
        Choice(
            weight: 6,
            events: { generator, _ in
                let deliberate: [KeyEvent] =
                    [.escape, .escape, .character(":")] + "instances".map(KeyEvent.character)
                    + [.enter, .character(":")] + "status all".map(KeyEvent.character)
                    + [.enter, .character("/")] + "status:running".map(KeyEvent.character)
                    + [.enter, .character("T"), .tab, .tab, .enter]
                let confirmations: [[KeyEvent]] = [
                    deliberate,
                    [.escape, .escape, .character("T"), .tab, .tab, .enter],
                    [.character("T"), .tab, .tab, .enter],
                    [.character("S"), .tab, .tab, .enter],
                    [.character("W"), .tab, .tab, .enter],
                    [.character("E"), .tab, .character("x"), .tab, .character("1"), .tab, .enter],
                    [.character("X"), .tab, .character("1"), .tab, .enter],
                    [.character("a"), .character("T"), .tab, .tab],
                ]
                return confirmations.randomElement(using: &generator)!.map(InputEvent.key)
            }
        ),
        Choice(
            weight: 1,
            events: { generator, _ in
                [
                    .resize(
                        columns: Int.random(in: 20...140, using: &generator),
                        rows: Int.random(in: 4...50, using: &generator)
                    )
                ]
            }
        ),
    ]
}
