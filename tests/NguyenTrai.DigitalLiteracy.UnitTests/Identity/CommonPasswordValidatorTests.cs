using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Identity;

public sealed class CommonPasswordValidatorTests
{
    private static async Task<bool> AcceptsAsync(string password) =>
        (await new CommonPasswordValidator<object>().ValidateAsync(null!, new object(), password)).Succeeded;

    [Theory]
    [InlineData("password1234")]
    [InlineData("123456789012")]
    [InlineData("987654321098")]
    [InlineData("abcdefghijkl")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("qwertyuiop123")]
    public async Task Common_or_trivial_passwords_are_refused(string password) => Assert.False(await AcceptsAsync(password));

    [Theory]
    [InlineData("mùa lúa chín trên đồng quê")]
    [InlineData("HocVuSo-NguyenTrai-2025")]
    [InlineData("ngựa ô phi qua cầu tre")]
    public async Task Long_passphrases_are_accepted(string password) => Assert.True(await AcceptsAsync(password));
}
