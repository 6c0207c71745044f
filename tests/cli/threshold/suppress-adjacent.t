# Windows that only touch, [00:03, 00:04) deploy and [00:04, 00:06) backup,
# stay two: the suppressed part is cut at 00:04, each piece with its reason.
$ threshold -c s --above 1 --suppress testdata/threshold/adjacent.csv --events testdata/threshold/cut.csv
> start,end,duration,rows,peak,severity,why,suppressed,reason
> 0,180,180,3,5,,,0,
> 180,240,60,1,5,,,1,deploy
> 240,360,120,2,5,,,1,backup
> 360,480,120,2,5,,,0,
