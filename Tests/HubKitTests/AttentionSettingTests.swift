import Foundation
import Testing

@testable import HubKit

@Suite("Attention settings")
struct AttentionSettingTests {
    @Test("each setting's default reads back through set, and bad text changes nothing")
    func roundTrip() {
        for setting in AttentionSetting.allCases {
            var thresholds = AttentionThresholds.standard
            thresholds.stalledFactor = 2.5
            let text = setting.text(in: thresholds)
            var copy = AttentionThresholds.standard
            #expect(setting.set(text, in: &copy), "\(setting): \(text)")
            #expect(setting.text(in: copy) == text)
            #expect(!setting.set("soon", in: &copy))
            #expect(setting.text(in: copy) == text)
        }
        #expect(AttentionSetting.stalledFactor.text(in: .standard) == "3")
        #expect(AttentionSetting.pending.text(in: .standard) == "5m")
    }

    @Test("the README's threshold table is the settings', word for word")
    func readmeTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        var lines = ["| setting | default | means |", "|---|---|---|"]
        for setting in AttentionSetting.allCases {
            lines.append("| `\(setting.rawValue)` | \(setting.text(in: .standard)) | \(setting.meaning) |")
        }
        let table = lines.joined(separator: "\n")
        #expect(text.contains(table), "README.md's threshold table differs; it should read:\n\(table)")
    }
}
