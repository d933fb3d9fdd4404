import Foundation
import FuzzTargets
import Testing

/// The committed seed corpus (`Fuzz/Corpus/<target>/`, crashes the fuzzer found included) fed to the fuzz targets'
/// entry points as a normal test: every file must be accepted or rejected with an error, never trap or break a
/// promise, and the seeds must reach past the first check (at least one accepted per target).
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    /// `Fuzz/Corpus/` of this checkout.
    private static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Corpus")

    @Test("every corpus file is accepted or rejected, never breaks a promise", arguments: FuzzTarget.allCases)
    func corpus(target: FuzzTarget) throws {
        let directory = Self.corpus.appendingPathComponent(target.rawValue)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(!files.isEmpty, "no corpus in \(directory.path)")
        var accepted = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(file)))
            let outcome = target.run(bytes)
            if case .broken = outcome {
                Issue.record("\(target.rawValue)/\(file): \(outcome)")
            }
            if outcome == .accepted {
                accepted += 1
            }
        }
        #expect(accepted > 0, "no \(target.rawValue) seed is accepted")
    }
}
