extension UInt8 {
    /// The byte with an ASCII capital A–Z taken as its small letter; any other byte as it is. Case-insensitive
    /// searches of UTF-8 bytes (the filter, the search pairs, redaction) compare bytes lowered so.
    @inlinable public var asciiLowercased: UInt8 {
        (0x41...0x5A).contains(self) ? self + 0x20 : self
    }
}
