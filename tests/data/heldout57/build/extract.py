import sys, subprocess, pypdfium2 as pdfium, os
repo="/work/.mirror/appelson+Tracking_287g/repo"
for path, out in zip(sys.argv[1::2], sys.argv[2::2]):
    data = subprocess.run(["git","-C",repo,"show","HEAD:"+path],capture_output=True).stdout
    pdf = pdfium.PdfDocument(data)
    txt = "\n\f\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    open("src/"+out,"w").write(txt)
    print(out, len(pdf), len(txt))
