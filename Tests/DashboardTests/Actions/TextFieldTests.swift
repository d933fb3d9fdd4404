import Dashboard
import Testing

@Suite("Dialog text fields")
struct TextFieldTests {
    @Test("Del removes after the cursor, Home/End jump, Ctrl-U clears")
    func editingKeys() {
        var field = TextField("abcd")
        #expect(field.cursor == 4)
        _ = field.edit(.home)
        _ = field.edit(.delete)
        #expect(field.text == "bcd")
        #expect(field.cursor == 0)
        _ = field.edit(.end)
        _ = field.edit(.delete)
        #expect(field.text == "bcd")
        _ = field.edit(.control("u"))
        #expect(field.text.isEmpty)
        #expect(field.cursor == 0)
        _ = field.edit(.backspace)
        _ = field.edit(.left)
        #expect(field.cursor == 0)
    }

    @Test("wide characters count as one cursor step; control characters are refused; other keys are not edits")
    func characters() {
        var field = TextField()
        let first = field.edit(.character("注"))
        let second = field.edit(.character("文"))
        #expect(first && second)
        _ = field.edit(.left)
        _ = field.edit(.character("x"))
        #expect(field.text == "注x文")
        #expect(field.cursor == 2)
        _ = field.edit(.character("\u{7}"))
        _ = field.edit(.character("\u{9B}"))
        #expect(field.text == "注x文")
        let tab = field.edit(.tab)
        let function = field.edit(.function(5))
        #expect(!tab && !function)
    }

    @Test("a JSON field accepts empty text and names the byte of a mistake")
    func jsonField() {
        var field = DialogField(name: .input, kind: .json)
        #expect(field.problem == nil)
        #expect(field.json == nil)
        for character in "[1,]" {
            _ = field.edit(.character(character))
        }
        #expect(field.problem?.hasPrefix("Input (JSON): invalid JSON at byte 3") == true)
        #expect(field.json == nil)
    }
}
