import Testing

@testable import Dashboard

@Suite("y copies the instance id")
struct CopyIDTests {
    @Test("on the list it copies the selected row's id; in the detail and an event, the instance's")
    func copies() {
        var state = loadedState([instance("ord-1", ageSeconds: 60), instance("ord-2", ageSeconds: 120)])
        press([.down], on: &state)
        #expect(state.handle(.character("y"), now: fixedNow) == [.copy("ord-2")])
        #expect(state.flash?.text.hasPrefix("copied ord-2") == true)
        press([.enter], on: &state)
        #expect(state.handle(.character("y"), now: fixedNow) == [.copy("ord-2")])
    }

    @Test("with nothing selected it says what to do and copies nothing")
    func nothingSelected() {
        var state = loadedState([])
        #expect(state.handle(.character("y"), now: fixedNow).isEmpty)
        #expect(state.flash?.text == "copy: select an instance first")
    }
}
