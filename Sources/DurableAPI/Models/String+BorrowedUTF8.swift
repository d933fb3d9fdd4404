extension String {
    /// Calls `body` with the text's UTF-8 bytes where the string keeps them, with no copy and no reference taken;
    /// only a string that keeps its bytes elsewhere (a bridged one) is copied first. The hot loops over 100,000
    /// held rows (the filter, the sort keys) read texts through it.
    @inlinable public func withBorrowedUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        var copy = self
        return copy.withUTF8(body)
    }
}
