using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary><c>whisper_token_data</c> of whisper.cpp 1.9.1 (56 bytes); times are in 10 ms units.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct WhisperTokenData
{
    public int Id;
    public int Tid;
    public float P;
    public float Plog;
    public float Pt;
    public float Ptsum;
    public long T0;
    public long T1;
    public long TDtw;
    public float Vlen;
}
