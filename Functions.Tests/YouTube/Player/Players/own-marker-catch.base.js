var _p={};(function(g){var T="enhanced_except_;charAt;slice;concat;length;split;join".split(";");
function Ow(a){return document.cookie.split(a)}
var Lt=[Ow],Kq={signatureTimestamp:20001,sts:1};
function Jv(a){var b=a[T[5]]("");try{for(var c=b[T[4]]-1;c>0;c--){var d=(c*31+b[T[4]])%(c+1),e=b[c];b[c]=b[d];b[d]=e}b=b[T[6]]("")[T[2]](1)}catch(f){return T[0]+a}return b}
function Dk(a,b){if((a&3)==3){var c=b[T[5]]("");c.reverse();c=c[T[6]]("")[T[2]](0,b[T[4]]-3);return c[T[1]](5)+c[T[2]](0,5)+c[T[2]](6)}return b}
g.Ry=function(a,b,c){a&&(a=Dk(7,decodeURIComponent(a)),b.set(c,encodeURIComponent(a)));return b};
g.Pk=function(a,b){var c=Dk(3,decodeURIComponent(a));b.sp=encodeURIComponent(c);return b};
g.Ry(null,new Map,"x");
(function(){throw Error("the page is not there")})();
})(_p);
