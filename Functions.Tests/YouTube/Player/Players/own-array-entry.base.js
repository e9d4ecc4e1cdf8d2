var _yt_player={};(function(){var window=this;'use strict';var q="split;reverse;join;length;push;splice;charCodeAt;fromCharCode;indexOf".split(";");
var $b=function(a,b){var c=a[0];a[0]=a[b%a[q[3]]];a[b%a[q[3]]]=c};
var Hp=function(a,b){a[q[5]](0,b)};
var xR=function(a){a[q[1]]()};
function Xr(a){a=a[q[0]]("");xR(a);$b(a,17);Hp(a,2);$b(a,41);return a[q[2]]("")}
var kf=function(a){var b=a[q[0]](""),c="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",d=b[q[3]];for(var e=0;e<d;e++){var f=c[q[8]](b[e]);b[e]=c[(f+e*7+d)%64]}b[q[5]](3,2);return b[q[2]]("")};
var Qz=[kf];
window.ytcfg={signatureTimestamp:19876,host:location.hostname};
var Mn=function(a,b,c){var d=new URL(a);if(c){var e=Xr(decodeURIComponent(c));d.searchParams.set(b,encodeURIComponent(e))}return d.toString()};
document.body.appendChild(document.createElement("video"));
Mn("https://example.invalid/","sig","");
}).call(this);
