using NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Evidence;

public sealed class FileNamingTests
{
    [Theory]
    [InlineData("C:\\Users\\lan\\Ảnh lớp.png", "image/png", "Ảnh lớp.png")]
    [InlineData("../../etc/passwd", "application/pdf", "passwd.pdf")]
    [InlineData("scan.PNG", "image/jpeg", "scan.PNG.jpg")]
    [InlineData("anh.JPEG", "image/jpeg", "anh.JPEG")]
    [InlineData("a\"b<c>.pdf", "application/pdf", "a_b_c_.pdf")]
    [InlineData("", "image/png", "minh-chung.png")]
    public void The_stored_name_has_no_path_no_unsafe_characters_and_an_extension_matching_the_content(string uploaded, string contentType, string expected) =>
        Assert.Equal(expected, SafeFileName.From(uploaded, contentType));

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, null)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, null)]
    public void The_type_comes_from_the_first_bytes(byte[] header, string? expected) =>
        Assert.Equal(expected, FileSignature.Detect(header)?.ContentType);

    [Theory]
    [InlineData(800, "800 byte")]
    [InlineData(10_240, "10 KB")]
    [InlineData(10_485_760, "10,0 MB")]
    [InlineData(1_572_864, "1,5 MB")]
    public void Sizes_read_the_vietnamese_way(long bytes, string expected) => Assert.Equal(expected, FileSize.Format(bytes));
}
