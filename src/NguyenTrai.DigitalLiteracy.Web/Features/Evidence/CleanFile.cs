namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>What is stored for an accepted file: its clean bytes and, for an image larger than a thumbnail, a thumbnail.</summary>
public sealed record CleanFile(byte[] Bytes, byte[]? Thumbnail);
