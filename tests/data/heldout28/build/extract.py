import sys, subprocess, pypdfium2 as pdfium, os
R="/work/.mirror/appelson+Tracking_287g/repo"
def get(path, key):
    data = subprocess.run(["git","-C",R,"show","HEAD:"+path],capture_output=True).stdout
    open("/tmp/x.pdf","wb").write(data)
    pdf = pdfium.PdfDocument("/tmp/x.pdf")
    txt = "\n\f\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    open("src/%s.txt"%key,"w").write(txt)
    print(key, len(pdf), len(txt))
for line in sys.stdin:
    k,p=line.strip().split(" ",1)
    try: get(p,k)
    except Exception as e: print(k,"FAIL",e)
