using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Units;

public enum UnitKind
{
    [Display(Name = "Cơ quan chuyên môn thuộc UBND phường")] WardAgency = 1,
    [Display(Name = "Trung tâm Văn hóa Thể thao và Truyền thông")] CultureCentre = 2,
    [Display(Name = "Đơn vị sự nghiệp công lập")] PublicService = 3,
    [Display(Name = "Mặt trận Tổ quốc")] FatherlandFront = 4,
    [Display(Name = "Tổ chức chính trị - xã hội")] MassOrganisation = 5,
    [Display(Name = "Tổ dân phố / khu dân cư")] ResidentialGroup = 6,
}
