global using NguyenTrai.DigitalLiteracy.Reporting;
