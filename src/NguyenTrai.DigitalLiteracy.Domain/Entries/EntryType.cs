using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

public enum EntryType
{
    [Display(Name = "Hoạt động tuyên truyền")] Propaganda = 1,
    [Display(Name = "Lớp học, buổi hướng dẫn")] Training = 2,
    [Display(Name = "Sáng kiến, cách làm hay")] Initiative = 3,
    [Display(Name = "Hoạt động lồng ghép")] Integration = 4,
}
