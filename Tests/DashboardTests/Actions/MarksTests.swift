import Dashboard
import Testing

@Suite("Marks")
struct MarksTests {
    @Test("Space toggles a mark")
    func toggle() {
        var marks = Marks()
        marks.toggle("a")
        marks.toggle("b")
        marks.toggle("a")
        #expect(marks.ids == ["b"])
        #expect(marks.anchor == "a")
    }

    @Test("a range marks every visible row between the anchor and the row, in either direction")
    func range() {
        let visible = ["a", "b", "c", "d", "e"]
        var marks = Marks()
        marks.toggle("d")
        marks.markRange(to: "b", in: visible)
        #expect(marks.ids == ["b", "c", "d"])
        marks.markRange(to: "e", in: visible)
        #expect(marks.ids == ["b", "c", "d", "e"])
    }

    @Test("mark all marks the visible rows; clear removes everything")
    func allAndClear() {
        var marks = Marks()
        marks.toggle("hidden")
        marks.markAll(["x", "y"])
        #expect(marks.count == 3)
        #expect(marks.targets(in: ["y", "x"]) == ["y", "x", "hidden"])
        marks.clear()
        #expect(marks.isEmpty)
        #expect(marks.anchor == nil)
    }
}
