namespace NguyenTrai.DigitalLiteracy.Domain.Evidence;

/// <summary>File bytes kept in the database when several web servers must share the store.</summary>
public class StoredFile
{
    public string Key { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
